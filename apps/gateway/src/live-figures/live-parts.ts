import { Injectable, Logger, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { EngagementTargetType } from '@onstream/common';
import { mergeMap, type Observable } from 'rxjs';
import { LiveCommunityRatings, LiveReactionCounts } from './live-figures.js';

const REACTION_TARGET = 'onstream:reaction-target';
const LIVE_COMMUNITY_RATING = 'onstream:live-community-rating';

/** Marks a detail route (`/:id`) whose payload gets `reactions: {likes, dislikes}` from engagement, live. */
export const WithReactionCounts = (targetType: EngagementTargetType) => SetMetadata(REACTION_TARGET, targetType);

/** Marks the title page route whose `communityRating` is refreshed on every answer, cached page or not. */
export const WithLiveCommunityRating = () => SetMetadata(LIVE_COMMUNITY_RATING, true);

/** The live parts of one answer, asked for; each resolves to null when its service did not answer. */
export interface AskedLiveParts {
  readonly keys: readonly string[];
  readonly values: Promise<Record<string, unknown>>;
}

/**
 * Figures shown on a detail page that change faster than the page (reaction counts, community
 * rating), each at most LIVE_FIGURES_TTL_MS old. They are asked for in parallel with the page (or
 * its cached bytes); the page's own read alone decides whether the caller may see it. A service
 * that does not answer costs only its part.
 */
@Injectable()
export class LivePartsOfRoute {
  private readonly logger = new Logger(LivePartsOfRoute.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly reactions: LiveReactionCounts,
    private readonly ratings: LiveCommunityRatings,
  ) {}

  /** Starts asking for the route's live parts; undefined when it has none (or no `:id`). */
  ask(context: ExecutionContext): AskedLiveParts | undefined {
    const handler = context.getHandler();
    const targetType = this.reflector.get<EngagementTargetType | undefined>(REACTION_TARGET, handler);
    const withRating = this.reflector.get<boolean | undefined>(LIVE_COMMUNITY_RATING, handler) === true;
    const id = context.switchToHttp().getRequest<{ params?: Record<string, string> }>().params?.id;
    if (!id || (!targetType && !withRating)) return undefined;
    const parts: [string, Promise<unknown>][] = [];
    if (targetType) parts.push(['reactions', this.reactions.of(targetType, id)]);
    if (withRating) parts.push(['communityRating', this.ratings.of(id)]);
    const values = Promise.all(parts.map(([key, value]) => value.catch((error: unknown) => {
      this.logger.warn({ msg: 'live figure left out', part: key, err: error instanceof Error ? error.message : String(error) });
      return null;
    }))).then((answers) => Object.fromEntries(parts.map(([key], index) => [key, answers[index]])));
    return { keys: parts.map(([key]) => key), values };
  }
}

/**
 * Adds the live parts to an uncached object payload (a creator's video). Cached reads get theirs
 * from CachedReadInterceptor, spliced into the stored bytes. A part that did not answer leaves the
 * payload's own value, if any.
 */
@Injectable()
export class LivePartsInterceptor implements NestInterceptor {
  constructor(private readonly parts: LivePartsOfRoute) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const asked = this.parts.ask(context);
    if (!asked) return next.handle();
    return next.handle().pipe(
      mergeMap(async (payload: unknown) => {
        const answered = Object.entries(await asked.values).filter(([, value]) => value !== null);
        return typeof payload === 'object' && payload !== null ? { ...payload, ...Object.fromEntries(answered) } : payload;
      }),
    );
  }
}
