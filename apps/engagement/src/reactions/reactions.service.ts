import { Injectable } from '@nestjs/common';
import type {
  AuthUser, ClearReactionRequest, EngagementTarget, GetReactionsRequest, ReactionCountsRequest, ReactionCountsResponse, ReactionsResponse, ReactionValue,
  SetReactionRequest,
} from '@onstream/common';
import { randomUUID } from 'node:crypto';
import { CommentsRepository } from '../comments/comments.repository.js';
import { EngagementEventsPublisher } from '../events/engagement-events.publisher.js';
import { actorKeyOf, targetKeyOf } from '../shared/actor-key.js';
import { Clock } from '../shared/clock.js';
import { TargetDirectory } from '../targets/target-directory.js';
import { ReactionsRepository } from './reactions.repository.js';

/** Likes and dislikes: one per profile (or account) and target; changing or taking it back is free. */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly reactions: ReactionsRepository,
    private readonly comments: CommentsRepository,
    private readonly targets: TargetDirectory,
    private readonly events: EngagementEventsPublisher,
    private readonly clock: Clock,
  ) {}

  async set({ actor, target, value }: SetReactionRequest): Promise<ReactionsResponse> {
    await this.targets.resolve(target.targetType, target.targetId, actor);
    const now = this.clock.now();
    const key = targetKeyOf(target.targetType, target.targetId);
    const previous = await this.reactions.set(key, { actorKey: actorKeyOf(actor), userId: actor.userId, profileId: actor.profileId ?? null }, value, now);
    const [response] = await Promise.all([this.response(target, value), previous !== value && this.publish(actor, target, previous, value, now)]);
    return response;
  }

  async clear({ actor, target }: ClearReactionRequest): Promise<ReactionsResponse> {
    await this.targets.resolve(target.targetType, target.targetId, actor);
    const now = this.clock.now();
    const previous = await this.reactions.clear(targetKeyOf(target.targetType, target.targetId), actorKeyOf(actor));
    const [response] = await Promise.all([this.response(target, null), previous !== null && this.publish(actor, target, previous, null, now)]);
    return response;
  }

  async get({ actor, target }: GetReactionsRequest): Promise<ReactionsResponse> {
    await this.targets.resolve(target.targetType, target.targetId, actor);
    const mine = actor ? await this.reactions.find(targetKeyOf(target.targetType, target.targetId), actorKeyOf(actor)) : undefined;
    return this.response(target, mine);
  }

  /** Counts for a page of targets (the gateway adds them to title and video payloads); unknown ids count zero. */
  async counts({ targetType, targetIds }: ReactionCountsRequest): Promise<ReactionCountsResponse> {
    const counts = await this.reactions.counts(targetIds.map((id) => targetKeyOf(targetType, id)));
    return { counts: Object.fromEntries(targetIds.map((id) => [id, counts.get(targetKeyOf(targetType, id)) ?? { likes: 0, dislikes: 0 }])) };
  }

  private async response(target: EngagementTarget, mine: ReactionValue | null | undefined): Promise<ReactionsResponse> {
    const key = targetKeyOf(target.targetType, target.targetId);
    const [counts, comments] = await Promise.all([this.reactions.counts([key]), this.comments.countVisible(key)]);
    return { targetType: target.targetType, targetId: target.targetId, ...(counts.get(key) ?? { likes: 0, dislikes: 0 }), comments, ...(mine !== undefined && { mine }) };
  }

  private async publish(actor: AuthUser, target: EngagementTarget, from: ReactionValue | null, to: ReactionValue | null, at: Date): Promise<void> {
    await this.events.reactionChanged({
      eventId: randomUUID(),
      targetType: target.targetType,
      targetId: target.targetId,
      userId: actor.userId,
      profileId: actor.profileId ?? null,
      from,
      to,
      changedAt: at.toISOString(),
    });
  }
}
