import { jest } from '@jest/globals';
import type { PlaybackBatch, PlaybackEvent } from '@onstream/common';
import type { AnalyticsConfig } from '../analytics.config.js';
import type { VideoOwnerCache } from '../owners/video-owner-cache.js';
import { AggregationService } from './aggregation.service.js';
import type { BucketRepository } from './bucket.repository.js';
import type { SessionLedger } from './session-claim.js';
import { wavesBySession, type SessionSlice } from './session-claims.js';
import type { SessionLedgerRepository } from './session-ledger.repository.js';

const clientTs = '2026-11-24T10:15:00.000Z';
const heartbeat = (id: string, sessionId = 's1'): PlaybackEvent => ({ id, sessionId, videoId: 'v1', type: 'heartbeat', clientTs, playedSec: 20 }) as PlaybackEvent;
const viewStart = (id: string, sessionId = 's1'): PlaybackEvent => ({ id, sessionId, videoId: 'v1', type: 'view_start', clientTs }) as PlaybackEvent;
const batch = (events: PlaybackEvent[]): PlaybackBatch => ({ batchId: 'b1', receivedAt: clientTs, userId: 'u1', events });

function setup(ledger: SessionLedger | null, { taken = false, updated = [true] }: { taken?: boolean; updated?: boolean[] } = {}) {
  const findMany = jest.fn<SessionLedgerRepository['findMany']>().mockResolvedValue(new Map(ledger ? [[ledger._id, ledger]] : []));
  const createMany = jest.fn<SessionLedgerRepository['createMany']>().mockResolvedValue(!taken);
  const find = jest.fn<SessionLedgerRepository['find']>().mockResolvedValue(ledger);
  const create = jest.fn<SessionLedgerRepository['create']>().mockResolvedValue(false);
  const updateIfUnclaimed = jest.fn<SessionLedgerRepository['updateIfUnclaimed']>();
  for (const result of updated) updateIfUnclaimed.mockResolvedValueOnce(result);
  const save = jest.fn<BucketRepository['saveParts']>().mockResolvedValue();
  const saveMarks = jest.fn<BucketRepository['saveMarks']>().mockResolvedValue();
  const creatorsOf = jest.fn<VideoOwnerCache['creatorsOf']>().mockResolvedValue(new Map([['v1', 'c1']]));
  const service = new AggregationService(
    { VIEW_THRESHOLD_SECONDS: 30, LEDGER_CACHE_CLAIMS: 1000 } as AnalyticsConfig,
    { findMany, createMany, find, create, updateIfUnclaimed } as unknown as SessionLedgerRepository,
    { saveParts: save, saveMarks } as unknown as BucketRepository,
    { creatorsOf } as unknown as VideoOwnerCache,
  );
  return { service, findMany, createMany, find, create, updateIfUnclaimed, save, saveMarks };
}

describe('AggregationService.apply', () => {
  it('creates the ledger of a new session and saves parts for video, creator and user', async () => {
    const { service, createMany, save } = setup(null);
    await service.applyAll([batch([heartbeat('e1'), heartbeat('e2')])], new Date(clientTs));
    expect(createMany).toHaveBeenCalledWith([expect.objectContaining({ _id: 's1', claims: { e1: 'b1', e2: 'b1' }, flags: { view: 'b1' } })]);
    const [parts] = save.mock.calls[0];
    expect(parts.map((p) => [p.scope, p.views, p.watchSec])).toEqual([['video', 1, 40], ['creator', 1, 40], ['user', 1, 40]]);
  });

  it('saves the same parts again on redelivery without touching the ledger', async () => {
    const ledger: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { e1: 'b1', e2: 'b1' }, played: { b1: 40 }, flags: { view: 'b1' } };
    const { service, createMany, updateIfUnclaimed, save } = setup(ledger);
    await service.applyAll([batch([heartbeat('e1'), heartbeat('e2')])], new Date(clientTs));
    expect(createMany.mock.calls.flat(2)).toEqual([]);
    expect(updateIfUnclaimed).not.toHaveBeenCalled();
    expect(save.mock.calls[0][0].map((p) => p._id)).toEqual(['b1|video|v1|2026-11-24T10:00:00.000Z', 'b1|creator|c1|2026-11-24T10:00:00.000Z', 'b1|user|u1|2026-11-24T10:00:00.000Z']);
  });

  it('re-reads the ledger and plans again when a concurrent batch wins the race', async () => {
    const ledger: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: {}, played: {}, flags: {} };
    const { service, find, updateIfUnclaimed } = setup(ledger, { updated: [false, false, true] });
    await service.applyAll([batch([heartbeat('e1')])]);
    expect(find).toHaveBeenCalledTimes(2);
    expect(updateIfUnclaimed).toHaveBeenCalledTimes(3);
  });

  it('fails the batch, for JetStream to redeliver, after losing too many races', async () => {
    const ledger: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: {}, played: {}, flags: {} };
    const { service, save } = setup(ledger, { updated: Array.from({ length: 21 }, () => false) });
    await expect(service.applyAll([batch([heartbeat('e1')])])).rejects.toThrow(/lost 20 claim races/);
    expect(save).not.toHaveBeenCalled();
  });

  it('claims a new session one by one when another batch created its ledger first', async () => {
    const ledger: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { other: 'b0' }, played: {}, flags: {} };
    const { service, findMany, find, updateIfUnclaimed, save } = setup(null, { taken: true });
    findMany.mockResolvedValue(new Map());
    find.mockResolvedValue(ledger);
    await service.applyAll([batch([heartbeat('e1'), heartbeat('e2')])]);
    expect(updateIfUnclaimed).toHaveBeenCalledWith('s1', expect.objectContaining({ version: { $exists: false }, 'claims.e1': { $exists: false } }), expect.objectContaining({ version: 1, 'claims.e1': 'b1', 'flags.view': 'b1' }));
    expect(save.mock.calls[0][0][0]).toMatchObject({ views: 1, watchSec: 40 });
  });

  it('plans a second batch of the same session from the ledger its first one wrote, without reading it again', async () => {
    const { service, findMany, find, updateIfUnclaimed, save } = setup(null);
    await service.applyAll([batch([heartbeat('e1')]), { ...batch([heartbeat('e2')]), batchId: 'b2' }]);
    expect(findMany.mock.calls).toEqual([[['s1']], [[]]]);
    expect(find).not.toHaveBeenCalled();
    expect(updateIfUnclaimed).toHaveBeenLastCalledWith('s1', expect.objectContaining({ version: 1 }), expect.objectContaining({ version: 2, 'claims.e2': 'b2' }));
    const views = save.mock.calls[0][0].filter((p) => p.scope === 'video').map((p) => [p.batchId, p.views]);
    expect(views).toEqual([['b1', 0], ['b2', 1]]);
  });

  it('inserts the ledger of a session that starts in the batch without reading it first', async () => {
    const { service, findMany, createMany } = setup(null);
    await service.applyAll([batch([viewStart('e0'), heartbeat('e1')])]);
    expect(findMany.mock.calls.flat(2)).toEqual([]);
    expect(createMany).toHaveBeenCalledWith([expect.objectContaining({ _id: 's1', claims: { e0: 'b1', e1: 'b1' }, flags: { started: 'b1' } })]);
  });

  it('reads the ledgers back in bulk when a starting session already has one (duplicate key)', async () => {
    const ledger: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { e0: 'b1', e1: 'b1' }, played: { b1: 20 }, flags: { started: 'b1' } };
    const { service, findMany, find, updateIfUnclaimed, save } = setup(ledger, { taken: true });
    await service.applyAll([batch([viewStart('e0'), heartbeat('e1')])]);
    expect(findMany).toHaveBeenCalledWith(['s1']);
    expect(find).not.toHaveBeenCalled();
    expect(updateIfUnclaimed).not.toHaveBeenCalled();
    expect(save.mock.calls[0][0][0]).toMatchObject({ scope: 'video', events: 2, starts: 1, watchSec: 20 });
  });

  it('writes one viewer mark per id for the whole group of batches', async () => {
    const { service, saveMarks } = setup(null);
    await service.applyAll([batch([heartbeat('e1')]), { ...batch([heartbeat('e2', 's2')]), batchId: 'b2' }]);
    const ids = saveMarks.mock.calls[0][0].map((mark) => mark._id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids).toContain('user|u1|hour|2026-11-24T10:00:00.000Z|u1');
  });

  it('fails a group only after its other ledger writes have settled, so its sessions stay locked until then', async () => {
    const ledger: SessionLedger = { _id: 's2', videoId: 'v1', viewerId: 'u1', claims: {}, played: {}, flags: {} };
    const { service, createMany, updateIfUnclaimed } = setup(ledger, { updated: [] });
    createMany.mockRejectedValueOnce(new Error('store down'));
    let written = false;
    updateIfUnclaimed.mockImplementation(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      written = true;
      return true;
    });
    await expect(service.applyAll([batch([viewStart('e0'), heartbeat('e1', 's2')])])).rejects.toThrow('store down');
    expect(written).toBe(true);
  });
});

describe('AggregationService ledger cache', () => {
  const written: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { e1: 'b1' }, played: { b1: 20 }, flags: {}, version: 1 };

  it('reads the ledger again when the update planned from the cached one misses (another process wrote since)', async () => {
    const { service, findMany, find, updateIfUnclaimed, save } = setup(null, { updated: [false, true] });
    await service.applyAll([batch([heartbeat('e1')])]);
    // Another process claimed e2 and the view meanwhile.
    find.mockResolvedValue({ ...written, claims: { e1: 'b1', e2: 'bx' }, played: { b1: 20, bx: 20 }, flags: { view: 'bx' }, version: 2 });
    await service.applyAll([{ ...batch([heartbeat('e2'), heartbeat('e3')]), batchId: 'b2' }]);
    expect(findMany.mock.calls).toEqual([[['s1']], [[]]]);
    expect(find).toHaveBeenCalledTimes(1);
    expect(updateIfUnclaimed).toHaveBeenCalledWith('s1', expect.objectContaining({ version: 2 }), { version: 3, writtenAt: expect.any(Date), 'claims.e3': 'b2', 'played.b2': 20 });
    expect(save.mock.calls[1][0][0]).toMatchObject({ batchId: 'b2', events: 1, views: 0, watchSec: 20 });
  });

  it('keeps no ledger whose write failed: the next group reads it', async () => {
    const { service, findMany, updateIfUnclaimed } = setup(null, { updated: [] });
    await service.applyAll([batch([heartbeat('e1')])]);
    updateIfUnclaimed.mockRejectedValueOnce(new Error('no answer')).mockResolvedValueOnce(true);
    await expect(service.applyAll([{ ...batch([heartbeat('e2')]), batchId: 'b2' }])).rejects.toThrow('no answer');
    findMany.mockResolvedValue(new Map([['s1', written]]));
    await service.applyAll([{ ...batch([heartbeat('e2')]), batchId: 'b2' }]);
    expect(findMany.mock.calls).toEqual([[['s1']], [[]], [['s1']]]);
  });

  it('gives a redelivered batch what it owned from the cached ledger, writing nothing', async () => {
    const { service, findMany, createMany, updateIfUnclaimed, save } = setup(null);
    const first = batch([viewStart('e0'), heartbeat('e1')]);
    await service.applyAll([first], new Date(clientTs));
    await service.applyAll([first], new Date(clientTs));
    expect(findMany.mock.calls.flat(2)).toEqual([]);
    expect(createMany.mock.calls.flat(2).map((ledger) => ledger._id)).toEqual(['s1']);
    expect(updateIfUnclaimed).not.toHaveBeenCalled();
    expect(save.mock.calls[1][0]).toEqual(save.mock.calls[0][0]);
  });
});

describe('wavesBySession', () => {
  it('puts the n-th slice of each session in wave n, keeping group order', () => {
    const slice = (sessionId: string, batchId: string) => ({ sessionId, viewerId: 'u1', events: [], batch: { batchId, receivedAt: clientTs, events: [] } }) as SessionSlice;
    const slices = [slice('s1', 'b1'), slice('s2', 'b1'), slice('s1', 'b2'), slice('s1', 'b3'), slice('s3', 'b3')];
    const waves = wavesBySession(slices).map((wave) => wave.map((s) => `${s.sessionId}/${s.batch.batchId}`));
    expect(waves).toEqual([['s1/b1', 's2/b1', 's3/b3'], ['s1/b2'], ['s1/b3']]);
  });
});
