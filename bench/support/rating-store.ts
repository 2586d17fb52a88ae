/**
 * The rating store's part of "for you" and of a rating write, measured against the catalog's own
 * database beside what it replaced (issue 19): a profile's ratings from FerretDB (what every request
 * read before) against the Redis signal cache; the former upsert against the insert-first write.
 */
import type { Rating } from '@onstream/common/schemas/rating.schema.js';
import { createConnection, Schema, type Model } from 'mongoose';
import { CatalogConfig } from '../../apps/catalog/src/catalog.config.js';
import { ProfileRatings } from '../../apps/catalog/src/ratings/profile-ratings.js';
import { ProfileSignalCache } from '../../apps/catalog/src/ratings/profile-signal-cache.js';
import { RatingsRepository, type StoredRating } from '../../apps/catalog/src/ratings/ratings.repository.js';

export interface OpFigures {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  count: number;
}

/** Runs every op with `concurrency` in flight; each op's own duration and the overall rate. */
export async function timeOps(ops: Array<() => Promise<unknown>>, concurrency: number): Promise<OpFigures> {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ops.length) {
        const op = ops[next];
        next += 1;
        const at = performance.now();
        await op();
        durations.push(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  const at = (p: number) => durations[Math.max(0, Math.ceil((p / 100) * durations.length) - 1)];
  return { perSecond: ops.length / seconds, p50Ms: at(50), p99Ms: at(99), count: ops.length };
}

export const opLine = (label: string, f: OpFigures) => `| ${label} | ${f.count.toLocaleString('en')} | ${f.perSecond.toFixed(0)} | ${f.p50Ms.toFixed(2)} | ${f.p99Ms.toFixed(2)} |`;

/** The catalog's ratings collection of a running platform, through the service's own classes. */
export class RatingStore {
  readonly model: Model<Rating>;
  readonly repository: RatingsRepository;
  readonly cache: ProfileSignalCache;
  readonly own: ProfileRatings;
  private readonly connection;

  constructor(mongoUrl: string, redisUrl: string, dbPrefix: string) {
    this.connection = createConnection(mongoUrl, { dbName: `${dbPrefix}catalog` });
    // tsx emits no decorator metadata, so the decorated schema cannot load here: the same collection, schema-less.
    this.model = this.connection.model<Rating>('Rating', new Schema({ _id: String }, { strict: false, versionKey: false, collection: 'ratings' })) as unknown as Model<Rating>;
    this.repository = new RatingsRepository(this.model);
    this.cache = new ProfileSignalCache(Object.assign(new CatalogConfig(), { MONGO_DB_PREFIX: dbPrefix, REDIS_URL: redisUrl }));
    this.own = new ProfileRatings(this.repository, this.cache);
  }

  /** The write before issue 19: one upsert by id (on FerretDB a find, then an update or an insert). */
  upsert(rating: Omit<StoredRating, '_id'>): Promise<unknown> {
    return this.model.updateOne({ _id: `${rating.profileId}:${rating.titleId}` }, { $set: rating }, { upsert: true }).exec();
  }

  /** What the store says it does for a profile's ratings and for a write's lookup by id. */
  async plans(profileId: string): Promise<string> {
    const plan = async (query: object) => JSON.stringify(await this.model.find(query).explain()).slice(0, 600);
    return `find({profileId}): ${await plan({ profileId })}\nfind({_id}): ${await plan({ _id: `${profileId}:x` })}`;
  }

  async close(): Promise<void> {
    this.cache.onApplicationShutdown();
    await this.connection.close();
  }
}
