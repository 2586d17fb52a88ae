import { hash } from 'node:crypto';

/** Live parts added to a page at answer time: a value, or null when its service did not answer. */
export type LiveValues = Readonly<Record<string, unknown>>;

/** What goes on the wire: the page's bytes and their ETag. */
export interface PageBytes {
  readonly body: Buffer;
  readonly etag: string;
}

const NEWLINE = 0x0a;
const CLOSING_BRACE = 0x7d;
const digest = (data: Buffer | string) => hash('sha1', data, 'base64url');

/**
 * A cached read as it is kept in Redis and sent: the JSON bytes, serialised once when the page was
 * read from its service, with their ETag worked out then. A hit goes from Redis to the socket
 * without being parsed or serialised again.
 *
 * Live parts (reaction counts, community rating) are not in the stored bytes: they are spliced in
 * before the page's closing brace when it is answered, and the ETag gains a hash of that short tail.
 * A live part's value as the page had it when stored is kept beside the bytes (`fallbacks`), for when
 * its service does not answer.
 *
 * Stored form: `<etag>\n<fallbacks JSON>\n<body>`; JSON.stringify never writes a raw newline.
 */
export class StoredPage implements PageBytes {
  private constructor(
    readonly body: Buffer,
    readonly etag: string,
    private readonly fallbacks: string,
  ) {}

  /** Serialises a service's answer once; `liveKeys` are left out of the bytes and kept as fallbacks. */
  static of(answer: unknown, liveKeys: readonly string[] = []): StoredPage {
    let page = answer;
    const fallbacks: Record<string, unknown> = {};
    if (liveKeys.length > 0 && isPlainObject(answer)) {
      const rest: Record<string, unknown> = { ...answer };
      for (const key of liveKeys) {
        if (rest[key] !== undefined) fallbacks[key] = rest[key];
        delete rest[key];
      }
      page = rest;
    }
    // An undefined answer has no JSON: it goes out as `null`, as a handler answering nothing would.
    const body = Buffer.from(JSON.stringify(page) ?? 'null');
    return new StoredPage(body, `W/"${digest(body)}"`, JSON.stringify(fallbacks));
  }

  /** Reads the stored form back; undefined when the bytes are not one (an old or foreign entry). */
  static decode(stored: Buffer): StoredPage | undefined {
    const etagEnd = stored.indexOf(NEWLINE);
    const fallbacksEnd = etagEnd < 0 ? -1 : stored.indexOf(NEWLINE, etagEnd + 1);
    if (fallbacksEnd < 0 || !stored.subarray(0, 3).equals(Buffer.from('W/"'))) return undefined;
    return new StoredPage(stored.subarray(fallbacksEnd + 1), stored.toString('latin1', 0, etagEnd), stored.toString('utf8', etagEnd + 1, fallbacksEnd));
  }

  encode(): Buffer {
    return Buffer.concat([Buffer.from(`${this.etag}\n${this.fallbacks}\n`), this.body]);
  }

  /**
   * The page with its live parts, in the order given. A part whose service did not answer (null)
   * takes the stored value, if there was one, and is left out otherwise. Only an object page has
   * parts: any other page goes out as stored.
   */
  withLiveParts(live: LiveValues): PageBytes {
    const keys = Object.keys(live);
    if (keys.length === 0 || this.body.at(-1) !== CLOSING_BRACE) return this;
    const stored = keys.some((key) => live[key] === null) ? (JSON.parse(this.fallbacks) as Record<string, unknown>) : {};
    const tail = keys
      .map((key) => [key, live[key] ?? stored[key]] as const)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
      .join(',');
    if (tail === '') return this;
    const separator = this.body.length > 2 ? ',' : '';
    const spliced = Buffer.from(`${separator}${tail}}`);
    return {
      body: Buffer.concat([this.body.subarray(0, this.body.length - 1), spliced]),
      etag: `${this.etag.slice(0, -1)}.${digest(spliced)}"`,
    };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
