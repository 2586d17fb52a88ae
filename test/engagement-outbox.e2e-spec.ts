import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { ANALYTICS_STREAM, AnalyticsEvents, ENGAGEMENT_STREAM, EngagementEvents, JetStreamBus, OUTBOX_PUBLISHED, type EventEnvelope } from '@onstream/common';
import { startApp } from './support/app-process.js';
import { EngagementWorld } from './support/engagement.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

// Engagement's transactional outbox: a reaction's or a comment's events are stored with it and
// published by the relay, so NATS stopped between the write and the publish delays them, never
// loses them. ENGAGEMENT_FAULTS holds the first like and the first comment right after their
// write until engagement's NATS connection drops, or kills engagement right after a comment's write
// (each point fires once per process).
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const platform = new Platform();
const mongo = new MongoClient(MONGO_URL);
let world: EngagementWorld;

interface Stored {
  _id: unknown;
  outbox?: Array<{ id: string; type: string }>;
}

beforeAll(async () => {
  await platform.start({ env: { NATS_REQUEST_TIMEOUT_MS: '5000' }, appEnv: { engagement: { ENGAGEMENT_FAULTS: 'reaction.after-write,comment.after-write' } } });
  world = new EngagementWorld(platform);
});
afterAll(async () => {
  await platform.stop();
  await mongo.close();
});

/** Reads engagement's events (and its analytics batches) from JetStream into `seen` ids, from the start. */
async function readEvents(bus: JetStreamBus): Promise<string[]> {
  const seen: string[] = [];
  const record = async (event: EventEnvelope<unknown>) => {
    seen.push(event.id);
  };
  await bus.consume<unknown>({ stream: ENGAGEMENT_STREAM.name, durable: `outbox_${randomUUID().slice(0, 8)}`, types: ['engagement.>'] }, record);
  await bus.consume<unknown>({ stream: ANALYTICS_STREAM.name, durable: `outbox_${randomUUID().slice(0, 8)}`, types: [AnalyticsEvents.PlaybackBatch] }, record);
  return seen;
}

/** Waits for `eventIds` on JetStream and for the relay's published marks; returns how often each was seen. */
async function publishedCounts(seen: string[], eventIds: string[]): Promise<number[]> {
  await waitFor('the events on JetStream', async () => (eventIds.every((id) => seen.includes(id)) ? true : undefined), 90_000, 250);
  // The relay records what it published in its own collection; it never writes the reaction or the comment.
  const marks = mongo.db(`${platform.runId}engagement`).collection<{ _id: string }>(OUTBOX_PUBLISHED);
  await waitFor('the events marked published', async () => ((await marks.countDocuments({ _id: { $in: eventIds } })) === eventIds.length ? true : undefined), 30_000, 250);
  return eventIds.map((id) => seen.filter((s) => s === id).length);
}

describe('NATS is stopped between a like’s or a comment’s write and its publish', () => {
  it('the events stored with them arrive after NATS returns, each once', async () => {
    const video = await world.video(world.caller('creator'));
    const viewer = world.caller();
    // Both requests write, then hold until NATS is down: nothing can have been published.
    const like = world.api.put(`/reactions/video/${video}`, { value: 'like' }, viewer.token);
    const comment = world.comment(viewer, 'video', video, 'first!');

    const db = mongo.db(`${platform.runId}engagement`);
    const reaction = await waitFor('the like written with its events', async () => (await db.collection<Stored>('reactions').findOne({ userId: viewer.userId, outbox: { $exists: true } })) ?? undefined, 60_000, 250);
    const stored = await waitFor('the comment written with its events', async () => (await db.collection<Stored>('comments').findOne({ authorUserId: viewer.userId, outbox: { $exists: true } })) ?? undefined, 60_000, 250);
    expect(reaction.outbox?.map((event) => event.type)).toEqual([EngagementEvents.ReactionChanged, AnalyticsEvents.PlaybackBatch]);
    expect(stored.outbox?.map((event) => event.type)).toEqual([EngagementEvents.CommentCreated, AnalyticsEvents.PlaybackBatch]);
    const eventIds = [...(reaction.outbox ?? []), ...(stored.outbox ?? [])].map((event) => event.id);

    await platform.stopNats();
    // The gateway never got an answer: the client is told to retry, not that it worked.
    expect((await like).status).toBeGreaterThanOrEqual(500);
    expect((await comment).status).toBeGreaterThanOrEqual(500);

    platform.startNats();
    const bus = await waitFor('NATS back', () => JetStreamBus.connect([platform.env.NATS_URL ?? ''], 'engagement-outbox-reader'), 30_000, 500);
    try {
      const seen = await readEvents(bus);
      expect(await publishedCounts(seen, eventIds)).toEqual([1, 1, 1, 1]);

      // The client's retry finds the like and the comment written: the like adds no second event.
      await waitFor('engagement answering again', async () => ((await world.api.get(`/reactions/video/${video}`, viewer.token)).status === 200 ? true : undefined), 60_000, 500);
      const retried = await world.api.put<{ likes: number; mine: string }>(`/reactions/video/${video}`, { value: 'like' }, viewer.token);
      expect(retried.body).toMatchObject({ likes: 1, mine: 'like' });
      expect((await db.collection<Stored>('reactions').findOne({ _id: reaction._id }))?.outbox?.map((event) => event.id)).toEqual(reaction.outbox?.map((event) => event.id));
    } finally {
      await bus.close();
    }
  }, 600_000);
});

describe('engagement is killed between a reply’s write and its publish', () => {
  it('the events stored with the reply arrive after engagement restarts, each once', async () => {
    const [alice, bob] = [world.caller(), world.caller()];
    const video = await world.video(world.caller('creator'));
    const parent = await world.commentId(alice, 'video', video, 'question?');
    await platform.app('engagement').stop();
    const killed = startApp(platform, 'engagement', { ENGAGEMENT_FAULTS: 'comment.killed-after-write' });
    await platform.waitUntilReady(90_000);

    expect((await world.comment(bob, 'video', video, 'answer', parent)).status).toBeGreaterThanOrEqual(500);
    await killed.waitForExit();
    const db = mongo.db(`${platform.runId}engagement`);
    const reply = await db.collection<Stored>('comments').findOne({ authorUserId: bob.userId });
    expect(reply?.outbox?.map((event) => event.type)).toEqual([EngagementEvents.CommentCreated, EngagementEvents.CommentReplied, AnalyticsEvents.PlaybackBatch]);
    const eventIds = reply?.outbox?.map((event) => event.id) ?? [];

    const bus = await JetStreamBus.connect([platform.env.NATS_URL ?? ''], 'engagement-crash-reader');
    try {
      const seen = await readEvents(bus);
      startApp(platform, 'engagement', { ENGAGEMENT_FAULTS: '' });
      await platform.waitUntilReady(90_000);
      expect(await publishedCounts(seen, eventIds)).toEqual([1, 1, 1]);
    } finally {
      await bus.close();
    }
  }, 600_000);
});
