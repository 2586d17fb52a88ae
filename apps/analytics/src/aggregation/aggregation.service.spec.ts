import { jest } from '@jest/globals';
import type { PlaybackBatch, PlaybackEvent } from '@onstream/common';
import type { AnalyticsConfig } from '../analytics.config.js';
import type { VideoOwnersRepository } from '../owners/video-owners.repository.js';
import { AggregationService } from './aggregation.service.js';
import type { BucketRepository } from './bucket.repository.js';
import type { SessionLedger } from './session-claim.js';
import type { SessionLedgerRepository } from './session-ledger.repository.js';

const clientTs = '2026-11-24T10:15:00.000Z';
const heartbeat = (id: string, sessionId = 's1'): PlaybackEvent => ({ id, sessionId, videoId: 'v1', type: 'heartbeat', clientTs, playedSec: 20 }) as PlaybackEvent;
const batch = (events: PlaybackEvent[]): PlaybackBatch => ({ batchId: 'b1', receivedAt: clientTs, userId: 'u1', events });

function setup(ledger: SessionLedger | null, { created = true, updated = [true] }: { created?: boolean; updated?: boolean[] } = {}) {
  const find = jest.fn<SessionLedgerRepository['find']>().mockResolvedValue(ledger);
  const create = jest.fn<SessionLedgerRepository['create']>().mockResolvedValue(created);
  const updateIfUnclaimed = jest.fn<SessionLedgerRepository['updateIfUnclaimed']>();
  for (const result of updated) updateIfUnclaimed.mockResolvedValueOnce(result);
  const save = jest.fn<BucketRepository['save']>().mockResolvedValue();
  const creatorsOf = jest.fn<VideoOwnersRepository['creatorsOf']>().mockResolvedValue(new Map([['v1', 'c1']]));
  const service = new AggregationService(
    { VIEW_THRESHOLD_SECONDS: 30 } as AnalyticsConfig,
    { find, create, updateIfUnclaimed } as unknown as SessionLedgerRepository,
    { save } as unknown as BucketRepository,
    { creatorsOf } as unknown as VideoOwnersRepository,
  );
  return { service, find, create, updateIfUnclaimed, save };
}

describe('AggregationService.apply', () => {
  it('creates the ledger of a new session and saves parts for video, creator and user', async () => {
    const { service, create, save } = setup(null);
    await service.apply(batch([heartbeat('e1'), heartbeat('e2')]), new Date(clientTs));
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ _id: 's1', claims: { e1: 'b1', e2: 'b1' }, flags: { view: 'b1' } }));
    const [parts] = save.mock.calls[0];
    expect(parts.map((p) => [p.scope, p.views, p.watchSec])).toEqual([['video', 1, 40], ['creator', 1, 40], ['user', 1, 40]]);
  });

  it('saves the same parts again on redelivery without touching the ledger', async () => {
    const ledger: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { e1: 'b1', e2: 'b1' }, played: { b1: 40 }, flags: { view: 'b1' } };
    const { service, create, updateIfUnclaimed, save } = setup(ledger);
    await service.apply(batch([heartbeat('e1'), heartbeat('e2')]), new Date(clientTs));
    expect(create).not.toHaveBeenCalled();
    expect(updateIfUnclaimed).not.toHaveBeenCalled();
    expect(save.mock.calls[0][0].map((p) => p._id)).toEqual(['b1|video|v1|2026-11-24T10:00:00.000Z', 'b1|creator|c1|2026-11-24T10:00:00.000Z', 'b1|user|u1|2026-11-24T10:00:00.000Z']);
  });

  it('re-reads the ledger and plans again when a concurrent batch wins the race', async () => {
    const ledger: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: {}, played: {}, flags: {} };
    const { service, find, updateIfUnclaimed } = setup(ledger, { updated: [false, true] });
    await service.apply(batch([heartbeat('e1')]));
    expect(find).toHaveBeenCalledTimes(2);
    expect(updateIfUnclaimed).toHaveBeenCalledTimes(2);
  });

  it('fails the batch, for JetStream to redeliver, after losing too many races', async () => {
    const ledger: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: {}, played: {}, flags: {} };
    const { service, save } = setup(ledger, { updated: Array.from({ length: 20 }, () => false) });
    await expect(service.apply(batch([heartbeat('e1')]))).rejects.toThrow(/lost 20 claim races/);
    expect(save).not.toHaveBeenCalled();
  });
});
