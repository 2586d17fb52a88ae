import { Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError, FreshReads, ErrorCodes, type AuthUser, type ClearReactionRequest, type EngagementTarget, type GetReactionsRequest, type ReactionCountsRequest,
  type ReactionCounts, type ReactionCountsResponse, type ReactionsResponse, type ReactionValue, type SetReactionRequest,
} from '@onstream/common';
import { randomUUID } from 'node:crypto';
import { CommentsRepository } from '../comments/comments.repository.js';
import { EngagementConfig } from '../engagement.config.js';
import { reactionChangedEvents } from '../events/engagement-events.js';
import { EngagementOutbox } from '../events/engagement-outbox.js';
import { FaultPoints } from '../faults/fault-points.js';
import { actorKeyOf, targetKeyOf } from '../shared/actor-key.js';
import { TargetDirectory } from '../targets/target-directory.js';
import { ReactionsRepository } from './reactions.repository.js';

/** A change raced by another change of the same reaction is read and tried again, this many times. */
const CHANGE_ATTEMPTS = 5;

/**
 * Likes and dislikes: one per profile (or account) and target; changing or taking it back is free.
 * Each change is one write of the reaction's document, carrying its events (the outbox).
 * Counts are counted from the documents; callers asking for the same target's counts at once share
 * a count that started after they asked (a burst of likes costs a few counts, each sees its own).
 */
@Injectable()
export class ReactionsService {
  private readonly reactionCounts: FreshReads<ReactionCounts>;
  private readonly commentCounts: FreshReads<number>;

  constructor(
    private readonly reactions: ReactionsRepository,
    comments: CommentsRepository,
    private readonly targets: TargetDirectory,
    private readonly outbox: EngagementOutbox,
    private readonly faults: FaultPoints,
    private readonly clock: Clock,
    config: EngagementConfig,
  ) {
    this.reactionCounts = new FreshReads((key) => reactions.countsOf(key), config.NATS_REQUEST_TIMEOUT_MS);
    this.commentCounts = new FreshReads((key) => comments.countVisible(key), config.NATS_REQUEST_TIMEOUT_MS);
  }

  async set({ actor, target, value }: SetReactionRequest): Promise<ReactionsResponse> {
    await this.targets.resolve(target.targetType, target.targetId, actor);
    await this.change(actor, target, value);
    return this.response(target, value);
  }

  async clear({ actor, target }: ClearReactionRequest): Promise<ReactionsResponse> {
    await this.targets.resolve(target.targetType, target.targetId, actor);
    await this.change(actor, target, null);
    return this.response(target, null);
  }

  async get({ actor, target }: GetReactionsRequest): Promise<ReactionsResponse> {
    await this.targets.resolve(target.targetType, target.targetId, actor);
    const mine = actor ? ((await this.reactions.find(targetKeyOf(target.targetType, target.targetId), actorKeyOf(actor)))?.value ?? null) : undefined;
    return this.response(target, mine);
  }

  /** Counts for a page of targets (the gateway adds them to title and video payloads); unknown ids count zero. */
  async counts({ targetType, targetIds }: ReactionCountsRequest): Promise<ReactionCountsResponse> {
    const ids = [...new Set(targetIds)];
    const counts = await Promise.all(ids.map((id) => this.reactionCounts.get(targetKeyOf(targetType, id))));
    return { counts: Object.fromEntries(ids.map((id, i) => [id, counts[i]])) };
  }

  private async response(target: EngagementTarget, mine: ReactionValue | null | undefined): Promise<ReactionsResponse> {
    const key = targetKeyOf(target.targetType, target.targetId);
    const [counts, comments] = await Promise.all([this.reactionCounts.get(key), this.commentCounts.get(key)]);
    return { targetType: target.targetType, targetId: target.targetId, ...counts, comments, ...(mine !== undefined && { mine }) };
  }

  /** Sets the caller's reaction to `to` (null: none) with the event of the change, if it changes. */
  private async change(actor: AuthUser, target: EngagementTarget, to: ReactionValue | null): Promise<void> {
    const key = targetKeyOf(target.targetType, target.targetId);
    const reactor = { actorKey: actorKeyOf(actor), userId: actor.userId, profileId: actor.profileId ?? null };
    for (let attempt = 0; attempt < CHANGE_ATTEMPTS; attempt += 1) {
      const current = await this.reactions.find(key, reactor.actorKey);
      const from = current?.value ?? null;
      if (from === to) return;
      const now = this.clock.now();
      const events = reactionChangedEvents({
        eventId: randomUUID(),
        targetType: target.targetType,
        targetId: target.targetId,
        userId: actor.userId,
        profileId: reactor.profileId,
        from,
        to,
        changedAt: now.toISOString(),
      });
      // A first reaction is an insert (no read of the relay's state); a change keeps the entries not yet published.
      const written = current
        ? await this.reactions.change(current, to, now, events, await this.outbox.trim('reactions', current.outbox))
        : to !== null && (await this.reactions.insert(key, reactor, to, now, events));
      if (written) {
        await this.faults.holdUntilNatsDown('reaction.after-write');
        this.outbox.kick();
        return;
      }
    }
    throw new DomainError(ErrorCodes.Conflict, 409, 'Your reaction was changed at the same time; try again.');
  }
}
