import { Logger } from '@nestjs/common';
import { DomainError } from '@onstream/common';
import type { Redis } from 'ioredis';

/**
 * Keeps the fill only if no write changed the source since the fill took the generation, and no
 * write is in flight (a write that began after the fill read the store may not have landed yet).
 */
const FILL_IF_UNCHANGED = `
if (redis.call('GET', KEYS[2]) or '') == ARGV[1] and redis.call('EXISTS', KEYS[3]) == 0 then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0`;

/** Drops the entry and bumps its generation; ARGV[1] 1 = a write begins, -1 = it ended, 0 = a write ended that did not mark its start. */
const WRITE_MARK = `
if ARGV[1] == '1' then
  redis.call('INCR', KEYS[3])
  redis.call('EXPIRE', KEYS[3], ARGV[3])
elseif ARGV[1] == '-1' and redis.call('DECR', KEYS[3]) <= 0 then
  redis.call('DEL', KEYS[3])
end
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('UNLINK', KEYS[1])
return 1`;

/**
 * How long a write's mark keeps fills off when the writer died before it could end the write: it
 * must outlast any write still in flight, which the request deadline and the store's own timeouts
 * bound well below this.
 */
const WRITE_MARK_TTL_SECONDS = 300;

/**
 * Redis entries read from the store, which the writes that change their source drop (ADR 0035,
 * 0043): the library heads and the viewing policies. Every drop bumps the entry's generation; a
 * value read from the store is kept only if the generation is still the one taken before the read,
 * so a fill that raced a write never keeps what the write replaced. Reads fall back to the store
 * when Redis fails; a write whose entries cannot be dropped fails with 503, so that no entry
 * outlives a change it missed.
 */
export class GuardedEntries {
  private readonly logger: Logger;

  constructor(
    private readonly redis: Redis,
    private readonly name: string,
    private readonly ttlSeconds: number,
  ) {
    this.logger = new Logger(`GuardedEntries(${name})`);
  }

  /** The stored value, or undefined when there is none (or Redis cannot say). */
  async read(id: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.keys(id)[0])) ?? undefined;
    } catch (error) {
      this.logger.warn({ msg: `${this.name} not read; reading the store`, err: String(error) });
      return undefined;
    }
  }

  /** Taken before the store is read for a fill; undefined when Redis cannot say (then do not fill). */
  async generation(id: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.keys(id)[1])) ?? '';
    } catch (error) {
      this.logger.warn({ msg: `${this.name} generation not read; not filling`, err: String(error) });
      return undefined;
    }
  }

  /** Keeps the value read from the store, unless a write came in since `generation` was taken. */
  async fill(id: string, generation: string, value: string): Promise<void> {
    try {
      await this.redis.eval(FILL_IF_UNCHANGED, 3, ...this.keys(id), generation, value, this.ttlSeconds);
    } catch (error) {
      this.logger.warn({ msg: `${this.name} not stored`, err: String(error) });
    }
  }

  /**
   * After a write: the entries go, and fills that read the store before it are not kept. A crash
   * between the write and this call leaves the old entry until its TTL; where that is not
   * acceptable, use `writing`.
   */
  async changed(ids: readonly string[]): Promise<void> {
    await this.mark(ids, 0);
  }

  /**
   * Runs a write between two marks: before it, the entries go and no fill is kept until it ends;
   * after it, they go again. A writer that dies between the two, or whose second mark fails,
   * leaves fills off for WRITE_MARK_TTL_SECONDS, never an entry older than its write. When the
   * first mark fails the write is not made (503).
   */
  async writing<T>(ids: readonly string[], write: () => Promise<T>): Promise<T> {
    await this.mark(ids, 1);
    try {
      return await write();
    } finally {
      await this.mark(ids, -1).catch(() => undefined);
    }
  }

  private async mark(ids: readonly string[], step: 1 | -1 | 0): Promise<void> {
    try {
      await Promise.all(ids.map((id) => this.redis.eval(WRITE_MARK, 3, ...this.keys(id), step, 2 * this.ttlSeconds, WRITE_MARK_TTL_SECONDS)));
    } catch (error) {
      this.logger.warn({ msg: `${this.name} not dropped around a write`, err: String(error) });
      throw DomainError.unavailable('The change could not be made completely; retry.');
    }
  }

  // One hash tag per entry: a script's keys land on one slot in a Redis Cluster.
  private keys(id: string): [entry: string, generation: string, writes: string] {
    return [`${this.name}:{${id}}`, `${this.name}-gen:{${id}}`, `${this.name}-writes:{${id}}`];
  }
}
