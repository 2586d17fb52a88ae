import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import mongoose, { type Connection } from 'mongoose';
import { Clock, type PlaybackBatch, type PlaybackEvent } from '@onstream/common';
import type { AnalyticsConfig } from '../analytics.config.js';
import { VideoOwnerCache } from '../owners/video-owner-cache.js';
import { VideoOwnersRepository } from '../owners/video-owners.repository.js';
import { AggregationService } from './aggregation.service.js';
import type { BucketPart } from './batch-contribution.js';
import { BucketRepository } from './bucket.repository.js';
import { SessionLedgerPruner } from './session-ledger-pruner.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';

const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const config = { VIEW_THRESHOLD_SECONDS: 30, OWNER_CACHE_TTL_MS: 30_000, OWNER_CACHE_UNKNOWN_TTL_MS: 2000, LEDGER_CACHE_CLAIMS: 500_000 } as AnalyticsConfig;
const HOUR = new Date('2026-11-24T10:00:00.000Z');
const clientTs = (second: number) => new Date(HOUR.getTime() + second * 1000).toISOString();

let connection: Connection;
let ledgers: SessionLedgerRepository;
let buckets: BucketRepository;
let owners: VideoOwnersRepository;

/** A service as one analytics process holds it (its own owner cache, ledger cache and session locks). */
const newService = (settings: Partial<AnalyticsConfig> = {}, store: BucketRepository = buckets) =>
  new AggregationService({ ...config, ...settings } as AnalyticsConfig, ledgers, store, new VideoOwnerCache(config, owners, new Clock()));

function playback(sessionId: string, videoId: string, ids: string[]): PlaybackEvent[] {
  return ids.map((id, i) =>
    id.startsWith('start')
      ? ({ id, sessionId, videoId, type: 'view_start', clientTs: clientTs(i) } as PlaybackEvent)
      : ({ id, sessionId, videoId, type: 'heartbeat', clientTs: clientTs(i), playedSec: 20, positionSec: i * 20 } as PlaybackEvent),
  );
}
const batch = (batchId: string, events: PlaybackEvent[]): PlaybackBatch => ({ batchId, receivedAt: HOUR.toISOString(), userId: 'u1', events });

async function videoTotals(videoId: string) {
  const parts = await buckets.partsInRange('video', videoId, HOUR, new Date(HOUR.getTime() + 3600_000));
  return parts.reduce((sum, part) => ({ events: sum.events + part.events, starts: sum.starts + part.starts, views: sum.views + part.views, watchSec: sum.watchSec + part.watchSec }), { events: 0, starts: 0, views: 0, watchSec: 0 });
}

beforeAll(async () => {
  // The per-group debug line (step timings) is for the bench's logs, not for this spec's output.
  Logger.overrideLogger(['error', 'warn']);
  connection = await mongoose.createConnection(MONGO_URL, { dbName: `it_aggregation_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 3000 }).asPromise();
  ledgers = new SessionLedgerRepository(connection);
  buckets = new BucketRepository(connection);
  owners = new VideoOwnersRepository(connection);
  await buckets.onModuleInit();
  await ledgers.onModuleInit();
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

describe('AggregationService (real store)', () => {
  it('applies a redelivered batch once, alone or in the same group as its first delivery', async () => {
    const service = newService();
    const first = batch('b-redeliver', playback('s-redeliver', 'v-redeliver', ['start0', 'h1', 'h2']));
    await service.applyAll([first]);
    await service.applyAll([first]);
    await service.applyAll([first, { ...first }]);
    expect(await videoTotals('v-redeliver')).toEqual({ events: 3, starts: 1, views: 1, watchSec: 40 });
  });

  it('falls back to reading a starting session whose ledger exists (duplicate key) and still creates the new ones of the group', async () => {
    const service = newService();
    await service.applyAll([batch('b-earlier', playback('s-dup', 'v-dup', ['start0', 'h1']))]);
    // The same session "starts" again (a player resending its first events) beside a truly new session.
    await service.applyAll([batch('b-again', playback('s-dup', 'v-dup', ['start0', 'h1', 'h2'])), batch('b-new', playback('s-fresh', 'v-dup', ['start0', 'h1']))]);
    expect(await videoTotals('v-dup')).toEqual({ events: 5, starts: 2, views: 1, watchSec: 60 });
    expect((await ledgers.find('s-dup'))?.claims).toEqual({ start0: 'b-earlier', h1: 'b-earlier', h2: 'b-again' });
    expect((await ledgers.find('s-fresh'))?.claims).toEqual({ start0: 'b-new', h1: 'b-new' });
  });

  it('counts each event once when two processes insert the same starting session at once', async () => {
    await Promise.all([
      newService().applyAll([batch('b-race-1', playback('s-race', 'v-race', ['start0', 'h1']))]),
      newService().applyAll([batch('b-race-2', playback('s-race', 'v-race', ['start0', 'h2']))]),
    ]);
    expect(await videoTotals('v-race')).toEqual({ events: 3, starts: 1, views: 1, watchSec: 40 });
  });

  it('reads owners in bulk past one chunk, leaving unknown videos out and attributing known ones', async () => {
    const known = Array.from({ length: 450 }, (_, i) => `v-owned-${i}`);
    for (const videoId of known) await owners.record(videoId, `c-${videoId}`);
    const unknown = Array.from({ length: 30 }, (_, i) => `v-unknown-${i}`);
    const creators = await new VideoOwnerCache(config, owners, new Clock()).creatorsOf([...unknown, ...known]);
    expect(creators.size).toBe(known.length);
    expect(creators.get('v-owned-449')).toBe('c-v-owned-449');
    expect(unknown.some((videoId) => creators.has(videoId))).toBe(false);

    await newService().applyAll([batch('b-owned', playback('s-owned', 'v-owned-7', ['start0', 'h1'])), batch('b-unknown', playback('s-unknown', 'v-unknown-3', ['start0', 'h1']))]);
    const range = [HOUR, new Date(HOUR.getTime() + 3600_000)] as const;
    expect((await buckets.partsInRange('creator', 'c-v-owned-7', ...range)).map((part) => part.events)).toEqual([2]);
    expect(await videoTotals('v-unknown-3')).toMatchObject({ events: 2, starts: 1 });
  });

  describe('continuing sessions planned from the ledgers this process wrote', () => {
    it('counts the view once when another process wrote the session since (the cached ledger is stale, its version guard misses)', async () => {
      const [processA, processB] = [newService(), newService()];
      await processA.applyAll([batch('b-stale-1', playback('s-stale', 'v-stale', ['start0']))]);
      await processB.applyAll([batch('b-stale-2', playback('s-stale', 'v-stale', ['x', 'h1']).slice(1))]);
      // A's cache still shows 0 s played: only the store knows that this 20 s heartbeat crosses the 30 s view threshold.
      const find = jest.spyOn(ledgers, 'find');
      await processA.applyAll([batch('b-stale-3', playback('s-stale', 'v-stale', ['x', 'h2']).slice(1))]);
      expect(find).toHaveBeenCalledWith('s-stale');
      find.mockRestore();
      expect(await videoTotals('v-stale')).toEqual({ events: 3, starts: 1, views: 1, watchSec: 40 });
      expect((await ledgers.find('s-stale'))?.flags).toEqual({ started: 'b-stale-1', view: 'b-stale-3' });
    });

    it('applies a continuing batch once when redelivered after its ledger write but before its parts, to the same process and after a restart', async () => {
      let crash = false;
      // Crashes once, as analytics killed between the ledger update and the parts insert; the process keeps the ledgers it wrote.
      const crashOnce = Object.assign(Object.create(buckets) as BucketRepository, {
        saveParts: (parts: BucketPart[]) => (crash ? Promise.reject(new Error('killed before the parts insert')) : buckets.saveParts(parts)),
      });
      const sameProcess = newService({}, crashOnce);
      const first = batch('b-crash-1', playback('s-crash', 'v-crash', ['start0', 'h1']));
      const second = batch('b-crash-2', playback('s-crash', 'v-crash', ['x', 'h2', 'h3']).slice(1));
      await sameProcess.applyAll([first]);
      crash = true;
      await expect(sameProcess.applyAll([second])).rejects.toThrow('killed before the parts insert');
      crash = false;
      // Redelivered to the process that wrote the ledger (planned from its cache), twice in one group, then after a restart.
      await sameProcess.applyAll([second]);
      await sameProcess.applyAll([second, { ...second }]);
      await newService().applyAll([first, second]);
      expect(await videoTotals('v-crash')).toEqual({ events: 4, starts: 1, views: 1, watchSec: 60 });
      expect((await ledgers.find('s-crash'))?.claims).toEqual({ start0: 'b-crash-1', h1: 'b-crash-1', h2: 'b-crash-2', h3: 'b-crash-2' });
    });

    it('keeps at most LEDGER_CACHE_CLAIMS claims: a session pushed out is read again, a kept one is not', async () => {
      const process = newService({ LEDGER_CACHE_CLAIMS: 5 });
      await process.applyAll([batch('b-lru-a1', playback('s-lru-a', 'v-lru', ['start0', 'h1']))]);
      await process.applyAll([batch('b-lru-b1', playback('s-lru-b', 'v-lru', ['start0', 'h1']))]);
      const findMany = jest.spyOn(ledgers, 'findMany');
      await process.applyAll([batch('b-lru-a2', playback('s-lru-a', 'v-lru', ['x', 'h2']).slice(1)), batch('b-lru-b2', playback('s-lru-b', 'v-lru', ['x', 'h2']).slice(1))]);
      expect(findMany.mock.calls.flat(2)).toEqual(['s-lru-a']);
      findMany.mockRestore();
      expect(await videoTotals('v-lru')).toEqual({ events: 6, starts: 2, views: 2, watchSec: 80 });
    });
  });

  describe('pruning ledgers past LEDGER_RETENTION_MS', () => {
    const DAY = 24 * 3600_000;
    const retention = { LEDGER_RETENTION_MS: 8 * DAY } as AnalyticsConfig;
    const at = (days: number) => new Date(HOUR.getTime() + days * DAY);
    const prunerAt = (days: number) => new SessionLedgerPruner(retention, ledgers, { now: () => at(days) } as Clock);

    it('deletes the ledgers last written before the retention and keeps those written since, whenever they started', async () => {
      const process = newService();
      await process.applyAll([batch('b-old', playback('s-prune-old', 'v-prune', ['start0', 'h1']))], at(0));
      await process.applyAll([batch('b-kept-1', playback('s-prune-kept', 'v-prune', ['start0', 'h1']))], at(0));
      await process.applyAll([batch('b-kept-2', playback('s-prune-kept', 'v-prune', ['x', 'h2']).slice(1))], at(2));
      await process.applyAll([batch('b-young', playback('s-prune-young', 'v-prune', ['start0']))], at(9));
      expect(await prunerAt(9).prune()).toBeGreaterThanOrEqual(1);
      expect([await ledgers.find('s-prune-old'), (await ledgers.find('s-prune-kept'))?.writtenAt, (await ledgers.find('s-prune-young'))?.writtenAt]).toEqual([null, at(2), at(9)]);
      expect(await prunerAt(10.5).prune()).toBeGreaterThanOrEqual(1);
      expect([await ledgers.find('s-prune-kept'), (await ledgers.find('s-prune-young'))?.writtenAt]).toEqual([null, at(9)]);
    });

    it('applies a later batch of a pruned session, even from the process that still caches its ledger', async () => {
      const process = newService();
      await process.applyAll([batch('b-gone-1', playback('s-prune-gone', 'v-prune-gone', ['start0', 'h1']))], at(0));
      await prunerAt(20).prune();
      await process.applyAll([batch('b-gone-2', playback('s-prune-gone', 'v-prune-gone', ['x', 'h2']).slice(1))], at(20));
      expect((await ledgers.find('s-prune-gone'))?.claims).toEqual({ h2: 'b-gone-2' });
      expect(await videoTotals('v-prune-gone')).toMatchObject({ events: 3, starts: 1 });
    });
  });
});
