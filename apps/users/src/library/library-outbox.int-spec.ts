import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Redis } from 'ioredis';
import { Clock, type EventEnvelope, JetStreamBus, type LibraryChangedEvent, LibraryEvents, USERS_EVENTS_STREAM } from '@onstream/common';
import { LibraryItem, LibraryItemSchema } from '@onstream/common/schemas/library-item.schema.js';
import { Profile, ProfileSchema } from '@onstream/common/schemas/profile.schema.js';
import { TitleRuleRecord, TitleRuleSchema } from '@onstream/common/schemas/title-rule.schema.js';
import { WatchProgress, WatchProgressSchema } from '@onstream/common/schemas/watch-progress.schema.js';
import { TitleRulesRepository } from '../parental/title-rules.repository.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { TestDatabase } from '../testing/test-database.js';
import { actor, testConfig } from '../testing/factories.js';
import { LibraryListHeads } from './library-list-heads.js';
import { LibraryOutbox } from './library-outbox.js';
import { LibraryRepository } from './library.repository.js';
import { LibraryService } from './library.service.js';

// Fault injection against real FerretDB and NATS (JetStream) from `scripts/infra.sh up`: the users
// process that writes has lost its broker, so its relay cannot publish; it dies, and the events
// stored with the writes reach a durable consumer once another process's relay starts.
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const run = randomUUID().slice(0, 8);
const durable = `it_users_outbox_${run}`;
const USER = '64b000000000000000000777';
// The relay's timer stays out of the way: rounds run at start, on a kick and when the test asks.
const config = testConfig({ USERS_OUTBOX_INTERVAL_MS: '600000' });

const database = new TestDatabase();
// Real Redis from `scripts/infra.sh up` for the lists' read model; profile ids are unique per run.
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
let library: LibraryRepository;
let profiles: ProfilesRepository;
let rules: TitleRulesRepository;
let reader: JetStreamBus;
/** Library events of this run's profiles, in delivery order. */
const received: Array<EventEnvelope<LibraryChangedEvent>> = [];
const profileIds = new Set<string>();

async function eventually<T>(what: string, check: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not met in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A users process: its own connection to NATS and its own relay over the shared database. */
async function usersProcess(): Promise<{ bus: JetStreamBus; outbox: LibraryOutbox; service: LibraryService }> {
  const bus = await JetStreamBus.connect([NATS_URL], `users-outbox-it-${run}`);
  const outbox = new LibraryOutbox(database.opened, bus, config, library);
  await outbox.onApplicationBootstrap();
  await outbox.relayNow(); // joins the round the start runs, so no round in flight outlives this
  return { bus, outbox, service: new LibraryService(library, profiles, rules, new Clock(), outbox) };
}

/** What catalog's read model keeps of a profile from the events (the newest `at` per title wins). */
function readModel(profileId: string): { favorites: string[]; history: Record<string, boolean> } {
  const newest = new Map<string, { at: number; present: boolean; finished?: boolean }>();
  for (const { type, data } of received.filter((event) => event.data.profileId === profileId)) {
    const list = type.startsWith('users.library.') ? 'f' : 'h';
    const key = `${list}:${data.titleId}`;
    const at = Date.parse(data.at);
    if ((newest.get(key)?.at ?? -Infinity) > at) continue;
    newest.set(key, { at, present: type === LibraryEvents.FavoriteAdded || type === LibraryEvents.HistoryWritten, finished: data.finished });
  }
  const entries = [...newest.entries()].filter(([, value]) => value.present);
  return {
    favorites: entries.filter(([key]) => key.startsWith('f:')).map(([key]) => key.slice(2)).sort(),
    history: Object.fromEntries(entries.filter(([key]) => key.startsWith('h:')).map(([key, value]) => [key.slice(2), value.finished === true])),
  };
}

async function newProfile(): Promise<string> {
  const profile = await profiles.create(USER, { name: `p-${randomUUID().slice(0, 6)}`, avatar: null, language: 'en', kid: false, maturityLevel: '18+', pinHash: null });
  profileIds.add(profile.id as string);
  return profile.id as string;
}

beforeAll(async () => {
  await database.open('library_outbox');
  library = new LibraryRepository(await database.model(LibraryItem.name, LibraryItemSchema), await database.model(WatchProgress.name, WatchProgressSchema), new LibraryListHeads(redis));
  profiles = new ProfilesRepository(await database.model(Profile.name, ProfileSchema));
  rules = new TitleRulesRepository(await database.model(TitleRuleRecord.name, TitleRuleSchema));
  reader = await JetStreamBus.connect([NATS_URL], `users-outbox-it-reader-${run}`);
  await reader.ensureStream(USERS_EVENTS_STREAM);
  await reader.consume<LibraryChangedEvent>({ stream: USERS_EVENTS_STREAM.name, durable, types: Object.values(LibraryEvents) }, async (event) => {
    if (profileIds.has(event.data.profileId)) received.push(event);
  });
}, 30_000);

afterAll(async () => {
  await reader.close();
  const connection = await connect({ servers: [NATS_URL] });
  await (await jetstreamManager(connection)).consumers.delete(USERS_EVENTS_STREAM.name, durable);
  await connection.close();
  await database.close();
  await redis.quit();
}, 30_000);

describe('users library outbox (real FerretDB and NATS, broker lost after the write)', () => {
  it('answers library writes while the broker is unavailable, and their events reach the consumer after the process dies and another relays', async () => {
    const profileId = await newProfile();
    const crashed = await usersProcess();
    await crashed.bus.close(); // the broker is gone for this process from here on
    const caller = actor({ userId: USER, profileId });

    await crashed.service.add({ actor: caller, list: 'favorites', titleId: 'fav-kept' });
    await crashed.service.add({ actor: caller, list: 'favorites', titleId: 'fav-dropped' });
    await crashed.service.remove({ actor: caller, list: 'favorites', titleId: 'fav-dropped' });
    await crashed.service.recordProgress({ actor: caller, titleId: 'seen', positionSeconds: 99, durationSeconds: 100 });
    await crashed.service.recordProgress({ actor: caller, titleId: 'forgotten', positionSeconds: 5, durationSeconds: 100 });
    await crashed.service.removeHistoryEntry({ actor: caller, titleId: 'forgotten' });

    // One event per entry, its newest: the superseded ones need no publish (the consumer keeps the newest).
    await expect(crashed.outbox.relayNow()).rejects.toThrow();
    expect(await crashed.outbox.backlog()).toBe(4);
    const stored = [...(await library.pageOfList(profileId, 'favorites', null, 10)), ...(await library.pageOfHistory(profileId, { unfinishedOnly: false }, null, 10))];
    expect(stored.map((entry) => entry.titleId).sort()).toEqual(['fav-kept', 'seen']);
    await crashed.outbox.beforeApplicationShutdown(); // the process dies with its events unpublished
    expect(received.filter((event) => event.data.profileId === profileId)).toEqual([]);

    const restarted = await usersProcess(); // its first relay round runs at start
    try {
      await eventually('the four events delivered', () => (received.filter((event) => event.data.profileId === profileId).length >= 4 ? true : undefined));
      // A call during a round joins it and answers its count: let the delivering round finish first.
      await restarted.outbox.relayNow();
      expect(await restarted.outbox.relayNow()).toBe(0);
      expect(await restarted.outbox.backlog()).toBe(0);
      const delivered = received.filter((event) => event.data.profileId === profileId);
      expect(delivered.map((event) => event.type).sort()).toEqual([LibraryEvents.FavoriteAdded, LibraryEvents.FavoriteRemoved, LibraryEvents.HistoryRemoved, LibraryEvents.HistoryWritten].sort());
      expect(new Set(delivered.map((event) => event.id)).size).toBe(4);
      expect(readModel(profileId)).toEqual({ favorites: ['fav-kept'], history: { seen: true } });
    } finally {
      await restarted.outbox.beforeApplicationShutdown();
      await restarted.bus.close();
    }
  }, 60_000);

  it('delivers a cleared history as one removal per title, and a republish of a stored event is deduplicated by its id', async () => {
    const profileId = await newProfile();
    const caller = actor({ userId: USER, profileId });
    const users = await usersProcess();
    try {
      await users.service.recordProgress({ actor: caller, titleId: 'a', positionSeconds: 99, durationSeconds: 100 });
      await users.service.recordProgress({ actor: caller, titleId: 'b', positionSeconds: 10, durationSeconds: 100 });
      await eventually('both positions delivered', () => (received.filter((event) => event.data.profileId === profileId).length >= 2 ? true : undefined));
      expect(readModel(profileId).history).toEqual({ a: true, b: false });
      await users.outbox.relayNow(); // the delivering round ends before the broker goes

      await users.bus.close(); // lost between the clear's writes and their publish
      await users.service.clearHistory(caller);
      await expect(users.outbox.relayNow()).rejects.toThrow();
    } finally {
      await users.outbox.beforeApplicationShutdown();
    }

    const restarted = await usersProcess();
    try {
      await eventually('the removals delivered', () => (received.filter((event) => event.data.profileId === profileId).length >= 4 ? true : undefined));
      expect(readModel(profileId)).toEqual({ favorites: [], history: {} });
      // A relay that died after publishing and before marking publishes again: same message id, dropped by JetStream.
      const removal = received.find((event) => event.data.profileId === profileId && event.type === LibraryEvents.HistoryRemoved);
      await restarted.bus.publish(removal?.type ?? '', removal?.data, removal?.id);
      await restarted.service.add({ actor: caller, list: 'favorites', titleId: 'marker' });
      await eventually('the marker delivered', () => (readModel(profileId).favorites.includes('marker') ? true : undefined));
      expect(received.filter((event) => event.id === removal?.id)).toHaveLength(1);
    } finally {
      await restarted.outbox.beforeApplicationShutdown();
      await restarted.bus.close();
    }
  }, 60_000);
});
