import { jest } from '@jest/globals';
import { AnalyticsEvents, type Clock, DomainError, EngagementEvents, type OutboxEvent, type ReactionCounts } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { CommentsRepository } from '../comments/comments.repository.js';
import type { EngagementConfig } from '../engagement.config.js';
import type { EngagementOutbox } from '../events/engagement-outbox.js';
import type { FaultPoints } from '../faults/fault-points.js';
import type { TargetDirectory } from '../targets/target-directory.js';
import { actor, NOW } from '../testing/factories.js';
import type { ReactionRecord, ReactionsRepository } from './reactions.repository.js';
import { ReactionsService } from './reactions.service.js';

const VIDEO = { targetType: 'video' as const, targetId: '665f1c2e9b1e8a0012345678' };
const KEY = `video:${VIDEO.targetId}`;

const stored = (value: ReactionRecord['value'], outbox: OutboxEvent[] = []): ReactionRecord => ({ _id: `${KEY}|u:u1`, targetKey: KEY, value, userId: 'u1', profileId: null, at: NOW, outbox });

function setup(reactions: Partial<ReactionsRepository>, resolve: TargetDirectory['resolve'] = async () => ({ ownerId: 'c', hidden: false })) {
  const countsOf = async (): Promise<ReactionCounts> => ({ likes: 3, dislikes: 1 });
  const kick = jest.fn<EngagementOutbox['kick']>();
  const service = new ReactionsService(
    strictMock<ReactionsRepository>('ReactionsRepository', { countsOf, ...reactions }),
    strictMock<CommentsRepository>('CommentsRepository', { countVisible: async () => 7 }),
    strictMock<TargetDirectory>('TargetDirectory', { resolve }),
    strictMock<EngagementOutbox>('EngagementOutbox', { kick, trim: async (_collection, entries) => entries ?? [] }),
    strictMock<FaultPoints>('FaultPoints', { holdUntilNatsDown: async () => undefined }),
    strictMock<Clock>('Clock', { now: () => NOW }),
    { NATS_REQUEST_TIMEOUT_MS: 5000 } as EngagementConfig,
  );
  return { service, kick };
}

describe('ReactionsService', () => {
  it('keys a first reaction by profile and inserts it with its events (the change, and a like for analytics)', async () => {
    const insert = jest.fn<ReactionsRepository['insert']>().mockResolvedValue(true);
    const { service, kick } = setup({ find: async () => null, insert });
    const response = await service.set({ actor: actor('u1', 'viewer', { profileId: 'p1' }), target: VIDEO, value: 'like' });
    expect(insert).toHaveBeenCalledWith(KEY, { actorKey: 'p:p1', userId: 'u1', profileId: 'p1' }, 'like', NOW, [
      expect.objectContaining({ type: EngagementEvents.ReactionChanged, data: expect.objectContaining({ from: null, to: 'like', userId: 'u1', profileId: 'p1' }) }),
      expect.objectContaining({ type: AnalyticsEvents.PlaybackBatch }),
    ]);
    expect(kick).toHaveBeenCalledTimes(1);
    expect(response).toEqual({ ...VIDEO, likes: 3, dislikes: 1, comments: 7, mine: 'like' });
  });

  it('changes a reaction in one write pinned to what it read, keeping the entries not yet published', async () => {
    const earlier = { id: 'e1', type: EngagementEvents.ReactionChanged, data: {}, occurredAt: NOW, storedAt: NOW };
    const change = jest.fn<ReactionsRepository['change']>().mockResolvedValue(true);
    const current = stored('like', [earlier]);
    const { service } = setup({ find: async () => current, change });
    await service.set({ actor: actor('u1'), target: VIDEO, value: 'dislike' });
    expect(change).toHaveBeenCalledWith(current, 'dislike', NOW, [expect.objectContaining({ data: expect.objectContaining({ from: 'like', to: 'dislike' }) })], [earlier]);
  });

  it('writes and publishes nothing when the reaction does not change', async () => {
    const { service, kick } = setup({ find: async () => stored('like') });
    await service.set({ actor: actor('u1'), target: VIDEO, value: 'like' });
    expect(kick).not.toHaveBeenCalled();
  });

  it('takes a reaction back as a change to null (the document carries the event), and nothing when there was none', async () => {
    const change = jest.fn<ReactionsRepository['change']>().mockResolvedValue(true);
    const find = jest.fn<ReactionsRepository['find']>().mockResolvedValueOnce(stored('like')).mockResolvedValueOnce(stored(null)).mockResolvedValueOnce(null);
    const { service, kick } = setup({ find, change });
    for (let i = 0; i < 3; i += 1) expect(await service.clear({ actor: actor('u1'), target: VIDEO })).toMatchObject({ mine: null });
    expect(find).toHaveBeenCalledWith(KEY, 'u:u1');
    expect(change).toHaveBeenCalledTimes(1);
    expect(change.mock.calls[0]?.[3]).toEqual([expect.objectContaining({ data: expect.objectContaining({ from: 'like', to: null }) })]);
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it('reads again when a concurrent change of the same reaction won, and gives up with 409 after a few tries', async () => {
    const insert = jest.fn<ReactionsRepository['insert']>().mockResolvedValue(false);
    const change = jest.fn<ReactionsRepository['change']>().mockResolvedValueOnce(true);
    const find = jest.fn<ReactionsRepository['find']>().mockResolvedValueOnce(null).mockResolvedValueOnce(stored('dislike'));
    const { service } = setup({ find, insert, change });
    await service.set({ actor: actor('u1'), target: VIDEO, value: 'like' });
    expect(change.mock.calls[0]?.[3]).toEqual([expect.objectContaining({ data: expect.objectContaining({ from: 'dislike', to: 'like' }) }), expect.anything()]);

    const { service: losing } = setup({ find: async () => stored('dislike'), change: async () => false });
    await expect(losing.set({ actor: actor('u1'), target: VIDEO, value: 'like' })).rejects.toMatchObject({ status: 409 });
  });

  it('stores nothing for a target the caller cannot see', async () => {
    const find = jest.fn<ReactionsRepository['find']>();
    const { service } = setup({ find }, async () => Promise.reject(new DomainError('ENGAGEMENT.TARGET_NOT_FOUND', 404, 'gone')));
    await expect(service.set({ actor: actor('u1'), target: VIDEO, value: 'like' })).rejects.toMatchObject({ status: 404 });
    expect(find).not.toHaveBeenCalled();
  });

  it('answers batch counts with zeros for ids nobody reacted to', async () => {
    const countsOf = async (key: string): Promise<ReactionCounts> => (key === KEY ? { likes: 2, dislikes: 0 } : { likes: 0, dislikes: 0 });
    const { service } = setup({ countsOf });
    const other = '665f1c2e9b1e8a0012345679';
    expect(await service.counts({ targetType: 'video', targetIds: [VIDEO.targetId, other] })).toEqual({
      counts: { [VIDEO.targetId]: { likes: 2, dislikes: 0 }, [other]: { likes: 0, dislikes: 0 } },
    });
  });
});
