import { jest } from '@jest/globals';
import { DomainError, type ReactionChangedEvent, type ReactionCounts } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { CommentsRepository } from '../comments/comments.repository.js';
import type { EngagementEventsPublisher } from '../events/engagement-events.publisher.js';
import type { Clock } from '../shared/clock.js';
import type { TargetDirectory } from '../targets/target-directory.js';
import { actor, NOW } from '../testing/factories.js';
import type { ReactionsRepository } from './reactions.repository.js';
import { ReactionsService } from './reactions.service.js';

const VIDEO = { targetType: 'video' as const, targetId: '665f1c2e9b1e8a0012345678' };
const KEY = `video:${VIDEO.targetId}`;

function setup(reactions: Partial<ReactionsRepository>, resolve: TargetDirectory['resolve'] = async () => ({ ownerId: 'c', hidden: false })) {
  const published: ReactionChangedEvent[] = [];
  const counts = async (keys: string[]) => new Map<string, ReactionCounts>(keys.map((key) => [key, { likes: 3, dislikes: 1 }]));
  const service = new ReactionsService(
    strictMock<ReactionsRepository>('ReactionsRepository', { counts, ...reactions }),
    strictMock<CommentsRepository>('CommentsRepository', { countVisible: async () => 7 }),
    strictMock<TargetDirectory>('TargetDirectory', { resolve }),
    strictMock<EngagementEventsPublisher>('EngagementEventsPublisher', { reactionChanged: async (event: ReactionChangedEvent) => void published.push(event) }),
    strictMock<Clock>('Clock', { now: () => NOW }),
  );
  return { service, published };
}

describe('ReactionsService', () => {
  it('keys a reaction by profile when the token has one, and publishes the change', async () => {
    const set = jest.fn<ReactionsRepository['set']>().mockResolvedValue('dislike');
    const { service, published } = setup({ set });
    const response = await service.set({ actor: actor('u1', 'viewer', { profileId: 'p1' }), target: VIDEO, value: 'like' });
    expect(set).toHaveBeenCalledWith(KEY, { actorKey: 'p:p1', userId: 'u1', profileId: 'p1' }, 'like', NOW);
    expect(published).toEqual([expect.objectContaining({ from: 'dislike', to: 'like', userId: 'u1', profileId: 'p1' })]);
    expect(response).toEqual({ ...VIDEO, likes: 3, dislikes: 1, comments: 7, mine: 'like' });
  });

  it('publishes nothing when the reaction did not change', async () => {
    const { service, published } = setup({ set: async () => 'like' });
    await service.set({ actor: actor('u1'), target: VIDEO, value: 'like' });
    expect(published).toEqual([]);
  });

  it('publishes a removal only when there was a reaction', async () => {
    const clear = jest.fn<ReactionsRepository['clear']>().mockResolvedValueOnce('like').mockResolvedValueOnce(null);
    const { service, published } = setup({ clear });
    await service.clear({ actor: actor('u1'), target: VIDEO });
    await service.clear({ actor: actor('u1'), target: VIDEO });
    expect(clear).toHaveBeenCalledWith(KEY, 'u:u1');
    expect(published).toEqual([expect.objectContaining({ from: 'like', to: null })]);
  });

  it('stores nothing for a target the caller cannot see', async () => {
    const set = jest.fn<ReactionsRepository['set']>();
    const { service } = setup({ set }, async () => Promise.reject(new DomainError('ENGAGEMENT.TARGET_NOT_FOUND', 404, 'gone')));
    await expect(service.set({ actor: actor('u1'), target: VIDEO, value: 'like' })).rejects.toMatchObject({ status: 404 });
    expect(set).not.toHaveBeenCalled();
  });

  it('answers batch counts with zeros for ids nobody reacted to', async () => {
    const counts = async () => new Map<string, ReactionCounts>([[KEY, { likes: 2, dislikes: 0 }]]);
    const { service } = setup({ counts });
    const other = '665f1c2e9b1e8a0012345679';
    expect(await service.counts({ targetType: 'video', targetIds: [VIDEO.targetId, other] })).toEqual({
      counts: { [VIDEO.targetId]: { likes: 2, dislikes: 0 }, [other]: { likes: 0, dislikes: 0 } },
    });
  });
});
