import { Injectable, Logger, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { CommunityRatingDto } from '@onstream/common';
import { Reflector } from '@nestjs/core';
import { mergeMap, type Observable } from 'rxjs';
import { LiveCommunityRatings } from '../live-figures/live-figures.js';

const LIVE_COMMUNITY_RATING = 'onstream:live-community-rating';

/** Marks the title page route whose `communityRating` is refreshed outside the cache. */
export const WithLiveCommunityRating = () => SetMetadata(LIVE_COMMUNITY_RATING, true);

/**
 * Refreshes `communityRating` on a title page. It sits outside the response cache (list it before
 * CachedReadInterceptor), so a cached page shows ratings given since it was cached (at most
 * LIVE_FIGURES_TTL_MS old). Asked in parallel with the handler, which alone decides whether the caller
 * may see the title; if the catalog does not answer, the page keeps the rating it has.
 */
@Injectable()
export class CommunityRatingInterceptor implements NestInterceptor {
  private readonly logger = new Logger(CommunityRatingInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly live: LiveCommunityRatings,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ params?: Record<string, string> }>();
    const id = request.params?.id;
    if (!id || this.reflector.get<boolean | undefined>(LIVE_COMMUNITY_RATING, context.getHandler()) !== true) return next.handle();
    const live: Promise<CommunityRatingDto | null> = this.live.of(id).catch((error: unknown) => {
      this.logger.warn({ msg: 'community rating not refreshed', err: error instanceof Error ? error.message : String(error) });
      return null;
    });
    return next.handle().pipe(
      mergeMap(async (page: unknown) => {
        const communityRating = await live;
        return communityRating && typeof page === 'object' && page !== null ? { ...page, communityRating } : page;
      }),
    );
  }
}
