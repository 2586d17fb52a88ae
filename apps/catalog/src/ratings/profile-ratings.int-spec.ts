import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Test, type TestingModule } from '@nestjs/testing';
import { Rating, RatingSchema } from '@onstream/common/schemas/rating.schema.js';
import { Redis } from 'ioredis';
import type { Model } from 'mongoose';
import { CatalogConfig } from '../catalog.config.js';
import { ProfileRatings } from './profile-ratings.js';
import { ProfileSignalCache } from './profile-signal-cache.js';
import { RatingsRepository, type StoredRating } from './ratings.repository.js';

// Real FerretDB and Redis from `scripts/infra.sh up`; a database and a key prefix of this run's own.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const prefix = `it_${randomUUID().slice(0, 8)}_`;
const config = Object.assign(new CatalogConfig(), { MONGO_DB_PREFIX: prefix, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', RECOMMENDER_SIGNAL_CACHE_TTL_SECONDS: 600 });

let moduleRef: TestingModule;
let repository: RatingsRepository;
let cache: ProfileSignalCache;
let own: ProfileRatings;
let stored: Model<Rating>;
const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });

beforeAll(async () => {
  moduleRef = await Test.createTestingModule({
    imports: [MongooseModule.forRoot(MONGO_URL, { dbName: `${prefix}catalog`, serverSelectionTimeoutMS: 3000 }), MongooseModule.forFeature([{ name: Rating.name, schema: RatingSchema }])],
    providers: [{ provide: CatalogConfig, useValue: config }, RatingsRepository, ProfileSignalCache, ProfileRatings],
  }).compile();
  repository = moduleRef.get(RatingsRepository);
  cache = moduleRef.get(ProfileSignalCache);
  own = moduleRef.get(ProfileRatings);
  stored = moduleRef.get<Model<Rating>>(getModelToken(Rating.name));
  await stored.init();
}, 30_000);

afterAll(async () => {
  const keys = await redis.keys(`${prefix}catalog:signals:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await stored.db.dropDatabase();
  await moduleRef.close();
}, 30_000);

afterEach(() => jest.restoreAllMocks());

let titles = 0;
const newTitle = () => (titles += 1).toString(16).padStart(24, '0');
const profile = () => `p-${randomUUID().slice(0, 8)}`;
const rating = (profileId: string, titleId: string, stars: number, at: number): Omit<StoredRating, '_id'> => ({ profileId, userId: 'u1', titleId, kind: 'stars', stars, ratedAt: new Date(at) });
const starsOf = async (profileId: string) => Object.fromEntries((await own.of(profileId)).map((r) => [r.titleId, r.stars]));

describe('ProfileRatings: the signal cache (real Redis and FerretDB)', () => {
  it('fills from the store on a miss, then serves from Redis and merges each new rating', async () => {
    const me = profile();
    const [heat, ronin] = [newTitle(), newTitle()];
    await repository.put(rating(me, heat, 5, 1000));
    expect(await starsOf(me)).toEqual({ [heat]: 5 });

    // Gone from the store behind the cache's back: still served, so the read came from Redis.
    await stored.deleteMany({ profileId: me });
    const read = jest.spyOn(repository, 'ofProfile');
    await own.put(rating(me, ronin, 4, 2000));
    expect(await starsOf(me)).toEqual({ [heat]: 5, [ronin]: 4 });
    expect(read).not.toHaveBeenCalled();
  });

  it('caches a profile with no ratings, and its first rating reaches the cache', async () => {
    const me = profile();
    expect(await own.of(me)).toEqual([]);
    const read = jest.spyOn(repository, 'ofProfile');
    expect(await own.of(me)).toEqual([]);
    const heat = newTitle();
    await own.put(rating(me, heat, 4, 1000));
    expect(await own.of(me)).toEqual([{ titleId: heat, stars: 4, ratedAt: new Date(1000) }]);
    expect(read).not.toHaveBeenCalled();
  });

  it('does not cache a fill that read the store before a racing write: the next read sees the write', async () => {
    const me = profile();
    const [heat, ronin] = [newTitle(), newTitle()];
    await repository.put(rating(me, heat, 5, 1000));
    const original = repository.ofProfile.bind(repository);
    // The rating lands (store and cache) after the fill read the store but before it writes Redis.
    jest.spyOn(repository, 'ofProfile').mockImplementationOnce(async (profileId) => {
      const before = await original(profileId);
      await own.put(rating(me, ronin, 4, 2000));
      return before;
    });
    expect(await starsOf(me)).toEqual({ [heat]: 5 });
    expect(await starsOf(me)).toEqual({ [heat]: 5, [ronin]: 4 });
  });

  it('does not cache a fill that raced a removal', async () => {
    const me = profile();
    const [heat, ronin] = [newTitle(), newTitle()];
    await repository.put(rating(me, heat, 5, 1000));
    await repository.put(rating(me, ronin, 4, 2000));
    const original = repository.ofProfile.bind(repository);
    jest.spyOn(repository, 'ofProfile').mockImplementationOnce(async (profileId) => {
      const before = await original(profileId);
      await own.remove(me, heat);
      return before;
    });
    expect(await starsOf(me)).toEqual({ [heat]: 5, [ronin]: 4 });
    expect(await starsOf(me)).toEqual({ [ronin]: 4 });
  });

  it('drops a removed rating from the cached signals', async () => {
    const me = profile();
    const [heat, ronin] = [newTitle(), newTitle()];
    await own.put(rating(me, heat, 5, 1000));
    await own.put(rating(me, ronin, 2, 2000));
    expect(await starsOf(me)).toEqual({ [heat]: 5, [ronin]: 2 });
    expect(await own.remove(me, ronin)).toMatchObject({ titleId: ronin, stars: 2 });
    expect(await starsOf(me)).toEqual({ [heat]: 5 });
  });

  it('keeps the newest of two ratings of one title that reach Redis out of order', async () => {
    const me = profile();
    const heat = newTitle();
    await own.of(me);
    await cache.record(me, { titleId: heat, stars: 5, ratedAt: new Date(2000) });
    await cache.record(me, { titleId: heat, stars: 1, ratedAt: new Date(1000) });
    expect(await starsOf(me)).toEqual({ [heat]: 5 });
  });

  it('refuses a fill once another fill landed', async () => {
    const me = profile();
    const version = await cache.version(me);
    expect(await cache.fill(me, version, [{ titleId: newTitle(), stars: 4, ratedAt: new Date(1) }])).toBe(true);
    expect(await cache.fill(me, version, [])).toBe(false);
    expect(await own.of(me)).toHaveLength(1);
  });
});

describe('RatingsRepository.put: insert first (real FerretDB)', () => {
  it('stores every one of many concurrent writes, grouped: new ratings, re-rates and one title twice', async () => {
    const me = profile();
    const [rated, twice] = [newTitle(), newTitle()];
    const fresh = Array.from({ length: 40 }, () => newTitle());
    await repository.put(rating(me, rated, 2, 1000));
    const insertMany = jest.spyOn(stored.collection, 'insertMany');

    await Promise.all([
      ...fresh.map((titleId, n) => repository.put(rating(me, titleId, 1 + (n % 5), 2000))),
      repository.put(rating(me, rated, 4, 2000)),
      repository.put(rating(me, twice, 3, 2000)),
      repository.put(rating(me, twice, 5, 3000)),
    ]);

    const stars = Object.fromEntries((await repository.ofProfile(me)).map((r) => [r.titleId, r.stars]));
    expect(stars).toEqual({ ...Object.fromEntries(fresh.map((titleId, n) => [titleId, 1 + (n % 5)])), [rated]: 4, [twice]: 5 });
    // The first write went alone; the ones that arrived while it was in flight went together.
    const sent = insertMany.mock.calls.map(([documents]) => [...documents].length);
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(fresh.length + 3);
    expect(sent.length).toBeLessThan(fresh.length);
  });

  it('inserts a first rating and updates it when the profile rates the title again', async () => {
    const me = profile();
    const heat = newTitle();
    await repository.put(rating(me, heat, 3, 1000));
    await repository.put({ ...rating(me, heat, 1, 2000), kind: 'thumb' });
    expect(await stored.find({ profileId: me }).lean().exec()).toEqual([expect.objectContaining({ _id: `${me}:${heat}`, kind: 'thumb', stars: 1, ratedAt: new Date(2000) })]);
  });

  it('keeps the newer rating when an older write arrives last', async () => {
    const me = profile();
    const heat = newTitle();
    await repository.put(rating(me, heat, 5, 2000));
    await repository.put(rating(me, heat, 2, 1000));
    expect(await repository.ofProfile(me)).toEqual([{ titleId: heat, stars: 5, ratedAt: new Date(2000) }]);
  });

  it('lands concurrent writes of one title once, as one whole write', async () => {
    const me = profile();
    const heat = newTitle();
    await Promise.all([1, 2, 3, 4, 5].map((stars) => repository.put(rating(me, heat, stars, stars * 1000))));
    // Which one: the newest on MongoDB (a conditional update is atomic there); FerretDB 1.24 may let
    // a concurrent older one win (it updates by read, then write), so only "one, whole" is asserted.
    const [only, ...more] = await repository.ofProfile(me);
    expect(more).toEqual([]);
    expect(only.ratedAt).toEqual(new Date(only.stars * 1000));
  });
});
