import { Injectable, Logger, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { EngagementTargetType, ReactionCounts } from '@onstream/common';
import { mergeMap, type Observable } from 'rxjs';
import { LiveReactionCounts } from '../live-figures/live-figures.js';

const REACTION_TARGET = 'onstream:reaction-target';

/** Marks a detail route (`/:id`) whose payload gets `reactions: {likes, dislikes}` from engagement. */
export const WithReactionCounts = (targetType: EngagementTargetType) => SetMetadata(REACTION_TARGET, targetType);

/**
 * Adds live reaction counts to a title or video payload. It must sit outside any response cache
 * (list it first), so cached pages still get fresh counts (at most LIVE_FIGURES_TTL_MS old). The
 * counts are asked for in parallel with the handler; if engagement does not answer, the payload
 * goes out without them.
 */
@Injectable()
export class ReactionCountsInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ReactionCountsInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly live: LiveReactionCounts,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const targetType = this.reflector.get<EngagementTargetType | undefined>(REACTION_TARGET, context.getHandler());
    const id = context.switchToHttp().getRequest<{ params?: Record<string, string> }>().params?.id;
    if (!targetType || !id) return next.handle();
    const counts: Promise<ReactionCounts | null> = this.live.of(targetType, id).catch((error: unknown) => {
        this.logger.warn({ msg: 'reaction counts left out', targetType, err: error instanceof Error ? error.message : String(error) });
      return null;
    });
    return next.handle().pipe(
      mergeMap(async (payload: unknown) => {
        const reactions = await counts;
        return reactions && typeof payload === 'object' && payload !== null ? { ...payload, reactions } : payload;
      }),
    );
  }
}
