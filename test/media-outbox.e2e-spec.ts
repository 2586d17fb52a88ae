import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { JetStreamBus, MEDIA_STREAM, MEDIA_VIDEO_STREAM, OUTBOX_PUBLISHED, type EventEnvelope } from '@onstream/common';
import { makeClip } from './support/media-clips.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens } from './support/media-tokens.js';
import { uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

// Media's transactional outbox: an event is stored with the video's change and published by the
// relay, so NATS stopped between the write and the publish delays it, never loses it.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-outbox-'));
const mongo = new MongoClient(MONGO_URL);

beforeAll(async () => {
  await platform.start({ env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast' } });
});
afterAll(async () => {
  await platform.stop();
  await mongo.close();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
});

describe('NATS is stopped while a video is transcoded', () => {
  it('the asset-ready event stored with the ready video arrives after NATS returns, once', async () => {
    const creator = new MediaTokens(platform.env.JWT_SECRET ?? '').user('creator');
    const created = await fetch(platform.url('/videos'), {
      method: 'POST',
      headers: { ...creator.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Outage', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' } }),
    });
    expect(created.status).toBe(201);
    const videoId = ((await created.json()) as { id: string }).id;
    const file = join(work, 'clip.mp4');
    makeClip(file, { seconds: 12, width: 1280, height: 720 });
    expect((await uploadFile(platform.url('/uploads'), creator.auth, file, videoId, 'clip.mp4')).status).toBe(204);
    await platform.stopNats();

    // The worker finishes the transcode with NATS down: the ready write holds the event.
    const videos = mongo.db(`${platform.runId}media`).collection<{ _id: unknown; status: string; assetId?: string; outbox?: Array<{ id: string }> }>('videos');
    const ready = await waitFor('the video ready during the outage', async () => {
      const video = await videos.findOne({ status: { $in: ['ready', 'failed'] }, outbox: { $exists: true }, title: 'Outage' });
      return video ?? undefined;
    }, 300_000, 500);
    expect(ready.status).toBe('ready');
    const eventIds = [`video-created-${videoId}`, `asset-ready-${ready.assetId}`];
    expect(ready.outbox?.map((event) => event.id)).toEqual(expect.arrayContaining(eventIds));

    platform.startNats();
    const bus = await waitFor('NATS back', () => JetStreamBus.connect([platform.env.NATS_URL ?? ''], 'media-outbox-reader'), 30_000, 500);
    try {
      const seen: string[] = [];
      const record = async (event: EventEnvelope<unknown>) => {
        seen.push(event.id);
      };
      await bus.consume<unknown>({ stream: MEDIA_STREAM.name, durable: `outbox_${randomUUID().slice(0, 8)}`, types: ['media.asset.ready'] }, record);
      await bus.consume<unknown>({ stream: MEDIA_VIDEO_STREAM.name, durable: `outbox_${randomUUID().slice(0, 8)}`, types: ['media.video.created'] }, record);
      await waitFor('the events on JetStream', async () => (eventIds.every((id) => seen.includes(id)) ? true : undefined), 90_000, 250);
      const marks = mongo.db(`${platform.runId}media`).collection<{ _id: string }>(OUTBOX_PUBLISHED);
      await waitFor('the events marked published', async () => ((await marks.countDocuments({ _id: { $in: eventIds } })) === 2 ? true : undefined), 30_000, 250);
      expect(eventIds.map((id) => seen.filter((s) => s === id).length)).toEqual([1, 1]);
    } finally {
      await bus.close();
    }
  }, 600_000);
});
