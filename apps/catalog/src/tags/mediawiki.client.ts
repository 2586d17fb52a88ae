import { Ajv } from 'ajv';

export interface MediaWikiClientOptions {
  /** The wiki's api.php, from configuration only. */
  apiUrl: string;
  timeoutMs: number;
}

export interface WikiPageCategories {
  /** The page's title as the wiki names it, after redirects. */
  page: string;
  /** Category titles with their namespace (`Category:Scary scenes`). */
  categories: string[];
}

/** The wiki did not answer usefully (network, timeout, status, shape). Its message stays in our logs. */
export class MediaWikiError extends Error {}

/** Bigger answers are not a page's categories. */
const MAX_BODY_BYTES = 1_000_000;

/** `action=query&prop=categories&formatversion=2`, the parts we read (MediaWiki API: Categories). */
interface CategoriesAnswer {
  error?: { code: string; info?: string };
  query?: { pages: Array<{ title: string; missing?: boolean; invalid?: boolean; categories?: Array<{ title: string }> }> };
}

const validateAnswer = new Ajv({ allErrors: false }).compile<CategoriesAnswer>({
  type: 'object',
  properties: {
    error: { type: 'object', properties: { code: { type: 'string' }, info: { type: 'string' } }, required: ['code'] },
    query: {
      type: 'object',
      required: ['pages'],
      properties: {
        pages: {
          type: 'array',
          maxItems: 1,
          items: {
            type: 'object',
            required: ['title'],
            properties: {
              title: { type: 'string', maxLength: 512 },
              missing: { type: 'boolean' },
              invalid: { type: 'boolean' },
              categories: { type: 'array', maxItems: 500, items: { type: 'object', required: ['title'], properties: { title: { type: 'string', maxLength: 512 } } } },
            },
          },
        },
      },
    },
  },
});

/**
 * Reads a page's categories through the MediaWiki Action API (the documented public API every
 * MediaWiki and Fandom wiki serves), never the HTML. The endpoint is configuration; callers pass a
 * page title, which travels as a query parameter only.
 */
export class MediaWikiClient {
  constructor(private readonly options: MediaWikiClientOptions) {}

  /** The page's visible categories, or null when the wiki has no such page. */
  async categories(page: string): Promise<WikiPageCategories | null> {
    const url = new URL(this.options.apiUrl);
    url.search = new URLSearchParams({
      action: 'query', format: 'json', formatversion: '2', prop: 'categories', titles: page, cllimit: 'max', clshow: '!hidden', redirects: '1',
    }).toString();
    const answer = await this.get(url);
    if (answer.error) throw new MediaWikiError(`wiki error ${answer.error.code}`);
    const found = answer.query?.pages[0];
    if (!found || found.missing || found.invalid) return null;
    return { page: found.title, categories: (found.categories ?? []).map((category) => category.title) };
  }

  private async get(url: URL): Promise<CategoriesAnswer> {
    let response: Response;
    try {
      // MediaWiki's etiquette asks API clients to name themselves.
      response = await fetch(url, { headers: { 'user-agent': 'OnStream-TagImport/1.0', accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      throw new MediaWikiError(`wiki unreachable: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new MediaWikiError(`wiki answered ${response.status}`);
    const text = await response.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new MediaWikiError('wiki answer too large');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // An HTML error page or a proxy's answer: not the API.
      throw new MediaWikiError('wiki answer is not JSON');
    }
    if (!validateAnswer(body)) throw new MediaWikiError('wiki answer has an unexpected shape');
    return body;
  }
}
