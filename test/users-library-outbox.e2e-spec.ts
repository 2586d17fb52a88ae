import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { LibraryEvents, OUTBOX_PUBLISHED, USERS_EVENTS_STREAM, type FeedResponse, type TitleDetails, type TitleInput } from '@onstream/common';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import { startApp } from './support/app-process.js';
import { Api } from './support/http.js';
import { IdentitySteps } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';
import { TestTokens } from './support/tokens.js';

// Users' library outbox (ADR 0018) through the gateway: JetStream refuses users' events (the
// USERS_EVENTS stream takes no message of their size) while a profile favourites and finishes
// titles; users is then stopped with the events unpublished. Once the stream takes messages again and
// a new users process starts, its relay publishes them and catalog's "for you" leaves those titles out.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());
const mongo = new MongoClient(MONGO_URL);
const ids: Record<string, string> = {};
let nats: NatsConnection;
let streams: JetStreamManager;

const catalog: Array<Partial<TitleInput>> = [
  { title: 'Heat', genres: ['Crime'], popularity: 90 },
  { title: 'Ronin', genres: ['Crime'], popularity: 80 },
  { title: 'Toy Story', genres: ['Animation'], popularity: 60, maturityLevel: 'all' },
  { title: 'Cars', genres: ['Animation'], popularity: 50, maturityLevel: 'all' },
];

beforeAll(async () => {
  await platform.start({ env: { CATALOG_SEED_DIR: '' } });
  const staff = new TestTokens(platform.env.JWT_SECRET ?? '').sign({ role: 'staff' });
  for (const title of catalog) {
    const created = await api.post<TitleDetails>('/titles', { type: 'movie', releaseDate: '2000-06-01', ...title }, staff);
    if (created.status !== 201) throw new Error(`create answered ${created.status}: ${JSON.stringify(created.body)}`);
    ids[created.body.title] = created.body.id;
  }
  nats = await connect({ servers: [platform.env.NATS_URL ?? ''] });
  streams = await jetstreamManager(nats);
});
afterAll(async () => {
  await nats?.close();
  await platform.stop();
  await mongo.close();
});

const forYou = async (token: string) => (await api.get<FeedResponse>('/me/recommendations?limit=3', token)).body.items.map((item) => item.title);

interface StoredEntry {
  titleId: string;
  outbox?: Array<{ id: string; type: string }>;
}

describe('JetStream refuses users’ events between a library write and its publish, and users dies', () => {
  it('the writes answer, and their events reach catalog’s "for you" once users runs again', async () => {
    const user = await steps.newUser('outbox');
    const profile = await api.post<{ id: string }>('/me/profiles', { name: 'Fan' }, user.tokens.accessToken);
    const token = (await api.post<{ accessToken: string }>(`/me/profiles/${profile.body.id}/select`, {}, user.tokens.accessToken)).body.accessToken;
    expect((await api.put(`/me/favorites/${ids['Toy Story']}`, {}, token)).status).toBe(200);
    // Catalog holds the profile's library: popular titles of the favourite's genres first.
    await waitFor('for you from the favourite', async () => ((await forYou(token)).join() === 'Cars,Heat,Ronin' ? true : undefined), 30_000, 200);
    const db = mongo.db(`${platform.runId}users`);
    const first = await db.collection<StoredEntry>('library_items').findOne({ titleId: ids['Toy Story'] });
    await waitFor('the first favourite published', async () => ((await db.collection(OUTBOX_PUBLISHED).countDocuments({ _id: first?.outbox?.[0]?.id } as object)) === 1 ? true : undefined), 30_000, 200);
    // Catalog caches the library from a read that no event raced (the favourite's event may land after the
    // read above): read on until its cache holds the favourite, or the read with users stopped finds none.
    const redis = new Redis(platform.env.REDIS_URL ?? '');
    const cachedLibrary = `${platform.runId}catalog:library:{${profile.body.id}}`;
    await waitFor('catalog caching the library', async () => {
      await forYou(token);
      return (await redis.hexists(cachedLibrary, `f:${ids['Toy Story']}`)) === 1 ? true : undefined;
    }, 30_000, 200).finally(() => redis.quit());

    // The broker refuses every new users event from here on (no message fits).
    const before = await streams.streams.info(USERS_EVENTS_STREAM.name);
    await streams.streams.update(USERS_EVENTS_STREAM.name, { max_msg_size: 1 });

    expect((await api.put(`/me/favorites/${ids.Cars}`, {}, token)).status).toBe(200);
    expect((await api.put(`/me/history/${ids.Heat}`, { positionSeconds: 6000, durationSeconds: 6000 }, token)).status).toBe(200);
    const favourite = await db.collection<StoredEntry>('library_items').findOne({ titleId: ids.Cars });
    const finished = await db.collection<StoredEntry>('watch_progress').findOne({ titleId: ids.Heat });
    expect(favourite?.outbox?.map((event) => event.type)).toEqual([LibraryEvents.FavoriteAdded]);
    expect(finished?.outbox?.map((event) => event.type)).toEqual([LibraryEvents.HistoryWritten]);
    const eventIds = [...(favourite?.outbox ?? []), ...(finished?.outbox ?? [])].map((event) => event.id);

    // Users dies with both events stored and unpublished; catalog's copy is stale meanwhile.
    await platform.app('users').stop();
    expect((await streams.streams.info(USERS_EVENTS_STREAM.name)).state.last_seq).toBe(before.state.last_seq);
    expect(await db.collection(OUTBOX_PUBLISHED).countDocuments({ _id: { $in: eventIds } } as object)).toBe(0);
    expect(await forYou(token)).toContain('Cars');

    await streams.streams.update(USERS_EVENTS_STREAM.name, { max_msg_size: -1 });
    startApp(platform, 'users', {});
    await platform.waitUntilReady(90_000);

    const feed = await waitFor('Cars and Heat out of for you', async () => {
      const titles = await forYou(token);
      return titles.includes('Cars') || titles.includes('Heat') ? undefined : titles;
    }, 60_000, 200);
    expect(feed).toEqual(['Ronin']);
    await waitFor('both events marked published', async () => ((await db.collection(OUTBOX_PUBLISHED).countDocuments({ _id: { $in: eventIds } } as object)) === 2 ? true : undefined), 30_000, 200);
  }, 300_000);
});
