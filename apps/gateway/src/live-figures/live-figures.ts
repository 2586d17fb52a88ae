import { Injectable } from '@nestjs/common';
import { CatalogClient, CatalogPatterns, EngagementClient, EngagementPatterns, type CommunityRatingDto, type EngagementTargetType, type ReactionCounts } from '@onstream/common';
import { LRUCache } from 'lru-cache';

/** How long a replica reuses a figure it asked for. */
export const LIVE_FIGURES_TTL_MS = 2000;
const KEYS_KEPT = 10_000;

/**
 * Figures shown beside cached pages (reaction counts, community rating) are counted live by their
 * service from the database. A popular page would ask for them on every view; instead each replica
 * asks once per key per LIVE_FIGURES_TTL_MS, and concurrent viewers share the one call in flight.
 * A change made through this replica forgets the key at once, so the actor sees their own change;
 * other viewers see it within the TTL. Failures are not remembered.
 */
class LiveFigures<T extends object> {
  private readonly figures: LRUCache<string, T>;

  constructor(load: (key: string) => Promise<T>) {
    this.figures = new LRUCache<string, T>({ max: KEYS_KEPT, ttl: LIVE_FIGURES_TTL_MS, fetchMethod: (key) => load(key) });
  }

  async get(key: string): Promise<T> {
    return (await this.figures.fetch(key)) as T;
  }

  forget(key: string): void {
    this.figures.delete(key);
  }
}

/** Likes and dislikes of one video or title. */
@Injectable()
export class LiveReactionCounts {
  private readonly counts: LiveFigures<ReactionCounts>;

  constructor(engagement: EngagementClient) {
    this.counts = new LiveFigures(async (key) => {
      const [targetType, targetId] = key.split(':') as [EngagementTargetType, string];
      const answer = await engagement.send(EngagementPatterns.CountReactions, { targetType, targetIds: [targetId] });
      return answer.counts[targetId] ?? { likes: 0, dislikes: 0 };
    });
  }

  of(targetType: EngagementTargetType, targetId: string): Promise<ReactionCounts> {
    return this.counts.get(`${targetType}:${targetId}`);
  }

  changed(targetType: EngagementTargetType, targetId: string): void {
    this.counts.forget(`${targetType}:${targetId}`);
  }
}

/** Our viewers' average rating of one title. */
@Injectable()
export class LiveCommunityRatings {
  private readonly ratings: LiveFigures<CommunityRatingDto>;

  constructor(catalog: CatalogClient) {
    // The rating is the same for every viewer who may see the title; the page itself checked visibility.
    this.ratings = new LiveFigures((titleId) => catalog.send(CatalogPatterns.GetCommunityRating, { id: titleId }));
  }

  of(titleId: string): Promise<CommunityRatingDto> {
    return this.ratings.get(titleId);
  }

  changed(titleId: string): void {
    this.ratings.forget(titleId);
  }
}
