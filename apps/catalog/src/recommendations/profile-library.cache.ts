import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CatalogConfig } from '../catalog.config.js';
import { VERSION_TTL_MS, VersionedProfileHash, type ProfileHashVersion } from '../ratings/versioned-profile-hash.js';

/** A profile's favourites and watch history as "for you" reads them; `at` in ms since the epoch. */
export interface LibraryEntries {
  favorites: Array<{ titleId: string; at: number }>;
  /** Finished titles are a taste signal; all of them are "already watched". */
  history: Array<{ titleId: string; finished: boolean; at: number }>;
}

/** The version a fill read before it asked users ('' when none was set). */
export type LibraryVersion = ProfileHashVersion;

/** One change of one title, as the event told it. `value` null: removed. */
export interface LibraryChange {
  list: 'favorite' | 'history';
  titleId: string;
  /** Favourite: its first date (ms); history: `finished` as 1 or 0. */
  value: string | null;
  at: number;
}

/** Field holding when the hash was filled (ms); its presence marks a filled hash, so an empty library is cached too. */
const FILLED = '_';
const REMOVED = '-';

/**
 * Changes that happened this long before a fill are in what users answered it; an event older than
 * that about a title the fill did not hold is a redelivery of something since undone (a favourite
 * added, then removed) and must not bring it back. Covers a write landing after its timestamp and
 * clock skew between replicas.
 */
const FILL_MARGIN_MS = 60_000;

/**
 * Every change bumps the profile's version (a fill racing it then does not land). Into a filled
 * hash, a change of a title lands only if it is not older than the one held, removals included
 * (kept as a tombstone until the hash expires), so a stale redelivery cannot undo a newer change.
 * Fields are `f:<title>` and `h:<title>`, values `<value>:<at>` with value `-` for a removal.
 */
const APPLY = `
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
local filled = redis.call('HGET', KEYS[1], '${FILLED}')
if not filled then return 0 end
local at = tonumber(ARGV[3])
local held = redis.call('HGET', KEYS[1], ARGV[1])
if held then
  if tonumber(string.match(held, ':(%d+)$')) > at then return 0 end
elseif at < tonumber(filled) - ${FILL_MARGIN_MS} then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ':' .. ARGV[3])
return 1`;

/** Lands only if no change bumped the version since the filler read it, and no other fill landed first. */
const FILL = `
local version = redis.call('GET', KEYS[2]) or ''
if version ~= ARGV[1] or redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], '${FILLED}', ARGV[3])
for i = 4, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

const field = (list: LibraryChange['list'], titleId: string) => `${list === 'favorite' ? 'f' : 'h'}:${titleId}`;

/**
 * Each profile's favourites and watch history in Redis (one hash per profile), the read model "for
 * you" serves from instead of asking users per request (ADR 0018). Filled from users on a miss, kept
 * current by users' library events, dropped when the history is cleared or the profile deleted.
 * A hash expires RECOMMENDER_SIGNAL_CACHE_TTL_SECONDS after its fill, whatever happened since: the
 * bound on how long an event lost between users' write and its publish can leave it stale.
 */
@Injectable()
export class ProfileLibraryCache extends VersionedProfileHash implements OnApplicationShutdown {
  constructor(@Inject(CatalogConfig) config: CatalogConfig) {
    super(config, 'library');
  }

  /** The profile's library, or null when it is not cached. */
  async read(profileId: string): Promise<LibraryEntries | null> {
    const held = await this.redis.hgetall(this.key(profileId));
    if (!(FILLED in held)) return null;
    const entries: LibraryEntries = { favorites: [], history: [] };
    for (const [name, stored] of Object.entries(held)) {
      if (name === FILLED) continue;
      const [value, at] = stored.split(':');
      if (value === REMOVED) continue;
      const titleId = name.slice(2);
      if (name.startsWith('f:')) entries.favorites.push({ titleId, at: Number(value) });
      else entries.history.push({ titleId, finished: value === '1', at: Number(at) });
    }
    return entries;
  }

  /** Caches what users answered, unless a change came in since `version` was read. `readAt`: when users was asked (ms). */
  async fill(profileId: string, version: LibraryVersion, entries: LibraryEntries, readAt: number): Promise<boolean> {
    const fields = [
      ...entries.favorites.flatMap((entry) => [field('favorite', entry.titleId), `${entry.at}:${entry.at}`]),
      ...entries.history.flatMap((entry) => [field('history', entry.titleId), `${entry.finished ? 1 : 0}:${entry.at}`]),
    ];
    const landed = await this.redis.eval(FILL, 2, this.key(profileId), this.versionKey(profileId), version, String(this.ttlMs), String(readAt), ...fields);
    return landed === 1;
  }

  /** One event's change; true when it landed in a cached library. */
  async apply(profileId: string, change: LibraryChange): Promise<boolean> {
    const value = change.value ?? REMOVED;
    const landed = await this.redis.eval(APPLY, 2, this.key(profileId), this.versionKey(profileId), field(change.list, change.titleId), value, String(change.at), String(VERSION_TTL_MS));
    return landed === 1;
  }
}
