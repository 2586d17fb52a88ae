import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { JetStreamBus, LibraryEvents, USERS_EVENTS_STREAM, type EventEnvelope, type LibraryChangedEvent } from '@onstream/common';
import { Redis } from 'ioredis';
import { CatalogConfig } from '../catalog.config.js';
import { ProfileLibraryCache } from './profile-library.cache.js';
import { ProfileLibraryConsumer } from './profile-library.consumer.js';

// Real Redis and NATS (JetStream) from `scripts/infra.sh up`; a key prefix and a durable consumer of this run's own.
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const run = randomUUID().slice(0, 8);
const prefix = `it_${run}_`;
const config = Object.assign(new CatalogConfig(), { MONGO_DB_PREFIX: prefix, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', RECOMMENDER_SIGNAL_CACHE_TTL_SECONDS: 600 });
const durable = `it_library_${run}`;

const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
const cache = new ProfileLibraryCache(config);
let bus: JetStreamBus;
let consumer: ProfileLibraryConsumer;

beforeAll(async () => {
  bus = await JetStreamBus.connect([NATS_URL], 'profile-library-it');
  await bus.ensureStream(USERS_EVENTS_STREAM);
  consumer = new ProfileLibraryConsumer(bus, cache);
  // The consumer's own handler behind a durable of this run's own (the real one would compete with any running catalog).
  await bus.consume<LibraryChangedEvent>({ stream: USERS_EVENTS_STREAM.name, durable, types: Object.values(LibraryEvents) }, (event) => consumer.apply(event));
}, 30_000);

afterAll(async () => {
  await bus.close();
  const connection = await connect({ servers: [NATS_URL] });
  await (await jetstreamManager(connection)).consumers.delete(USERS_EVENTS_STREAM.name, durable);
  await connection.close();
  const keys = await redis.keys(`${prefix}catalog:library:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  cache.onApplicationShutdown();
}, 30_000);

afterEach(() => jest.restoreAllMocks());

const profile = () => `p-${randomUUID().slice(0, 8)}`;
const NOW = Date.now();
const iso = (at: number) => new Date(at).toISOString();
const envelope = (type: string, data: LibraryChangedEvent): EventEnvelope<LibraryChangedEvent> => ({ id: randomUUID(), type, occurredAt: iso(NOW), data });
const favouritesOf = async (profileId: string) => (await cache.read(profileId))?.favorites.map((entry) => entry.titleId).sort() ?? null;

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('ProfileLibraryCache and its consumer (real Redis and JetStream)', () => {
  it('applies users’ library events published on JetStream to a cached library', async () => {
    const me = profile();
    expect(await cache.fill(me, await cache.version(me), { favorites: [{ titleId: 'heat', at: NOW - 1000 }], history: [] }, NOW)).toBe(true);

    await bus.publish(LibraryEvents.FavoriteAdded, { profileId: me, titleId: 'ronin', addedAt: iso(NOW + 1), at: iso(NOW + 1) });
    await bus.publish(LibraryEvents.HistoryWritten, { profileId: me, titleId: 'alien', finished: true, at: iso(NOW + 2) });
    await bus.publish(LibraryEvents.FavoriteRemoved, { profileId: me, titleId: 'heat', at: iso(NOW + 3) });

    const library = await eventually(async () => {
      const held = await cache.read(me);
      return held && held.favorites.length === 1 && held.history.length === 1 && held.favorites[0].titleId === 'ronin' ? held : undefined;
    });
    expect(library).toEqual({ favorites: [{ titleId: 'ronin', at: NOW + 1 }], history: [{ titleId: 'alien', finished: true, at: NOW + 2 }] });
  });

  it('redelivers an event whose apply failed (Redis error), and it lands', async () => {
    const me = profile();
    await cache.fill(me, await cache.version(me), { favorites: [], history: [] }, NOW);
    const apply = cache.apply.bind(cache);
    let attempts = 0;
    // Only this profile's event fails, once (the durable may also be catching up on earlier runs' events).
    jest.spyOn(cache, 'apply').mockImplementation(async (profileId, change) => {
      if (profileId !== me) return apply(profileId, change);
      attempts += 1;
      if (attempts === 1) throw new Error('Redis connection lost');
      return apply(profileId, change);
    });

    await bus.publish(LibraryEvents.FavoriteAdded, { profileId: me, titleId: 'ronin', addedAt: iso(NOW + 1), at: iso(NOW + 1) });

    expect(await eventually(async () => ((await favouritesOf(me))?.length ? favouritesOf(me) : undefined))).toEqual(['ronin']);
    expect(attempts).toBe(2);
  });

  it('does not let a stale redelivery bring back a removed favourite, nor undo a newer history entry', async () => {
    const me = profile();
    await cache.fill(me, await cache.version(me), { favorites: [{ titleId: 'heat', at: NOW - 1000 }], history: [{ titleId: 'alien', finished: true, at: NOW + 5 }] }, NOW);
    await consumer.apply(envelope(LibraryEvents.FavoriteRemoved, { profileId: me, titleId: 'heat', at: iso(NOW + 10) }));
    // The add that preceded the removal, delivered again after it.
    await consumer.apply(envelope(LibraryEvents.FavoriteAdded, { profileId: me, titleId: 'heat', addedAt: iso(NOW - 1000), at: iso(NOW - 1000) }));
    await consumer.apply(envelope(LibraryEvents.HistoryWritten, { profileId: me, titleId: 'alien', finished: false, at: iso(NOW + 1) }));

    expect(await cache.read(me)).toEqual({ favorites: [], history: [{ titleId: 'alien', finished: true, at: NOW + 5 }] });
    // Added again later: it counts again.
    await consumer.apply(envelope(LibraryEvents.FavoriteAdded, { profileId: me, titleId: 'heat', addedAt: iso(NOW + 20), at: iso(NOW + 20) }));
    expect(await favouritesOf(me)).toEqual(['heat']);
  });

  it('ignores an event about a title the fill did not hold when it is older than the fill by more than its margin', async () => {
    const me = profile();
    await cache.fill(me, await cache.version(me), { favorites: [], history: [] }, NOW);
    // Added an hour ago, removed since (so users' answer to the fill did not hold it); the add redelivered now.
    await consumer.apply(envelope(LibraryEvents.FavoriteAdded, { profileId: me, titleId: 'heat', addedAt: iso(NOW - 3_600_000), at: iso(NOW - 3_600_000) }));
    expect(await favouritesOf(me)).toEqual([]);
  });

  it('does not let a fill land when an event came in between its version read and its write, in either order', async () => {
    const me = profile();
    // Fill first read the version and asked users (who answered before the favourite was added) ...
    const version = await cache.version(me);
    const answered = { favorites: [], history: [] };
    // ... the favourite's event arrives while the library is not cached yet ...
    await consumer.apply(envelope(LibraryEvents.FavoriteAdded, { profileId: me, titleId: 'heat', addedAt: iso(NOW), at: iso(NOW) }));
    // ... so the stale answer does not land, and the next read asks users again.
    expect(await cache.fill(me, version, answered, NOW)).toBe(false);
    expect(await cache.read(me)).toBeNull();

    // The other order: the event comes after the fill landed and is merged in.
    expect(await cache.fill(me, await cache.version(me), answered, NOW)).toBe(true);
    await consumer.apply(envelope(LibraryEvents.FavoriteAdded, { profileId: me, titleId: 'ronin', addedAt: iso(NOW + 1), at: iso(NOW + 1) }));
    expect(await favouritesOf(me)).toEqual(['ronin']);
  });

  it('drops the cached library when the history is cleared or the profile deleted, so the next read asks users', async () => {
    for (const type of [LibraryEvents.HistoryCleared, LibraryEvents.ProfileDeleted]) {
      const me = profile();
      await cache.fill(me, await cache.version(me), { favorites: [], history: [{ titleId: 'alien', finished: true, at: NOW }] }, NOW);
      await consumer.apply(envelope(type, { profileId: me, at: iso(NOW + 1) }));
      expect(await cache.read(me)).toBeNull();
    }
  });

  it('expires a filled library whatever events arrive since: a lost event leaves it stale for a bounded time only', async () => {
    const me = profile();
    await cache.fill(me, await cache.version(me), { favorites: [], history: [] }, NOW);
    await consumer.apply(envelope(LibraryEvents.FavoriteAdded, { profileId: me, titleId: 'heat', addedAt: iso(NOW + 1), at: iso(NOW + 1) }));
    const ttl = await redis.pttl(`${prefix}catalog:library:{${me}}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(600_000);
  });
});
