import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngagementClient, EngagementPatterns, EngagementTarget, ReactionInput, ReactionsResponse, type AuthUser } from '@onstream/common';
import { CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { LiveReactionCounts } from '../live-figures/live-figures.js';

const TARGET_404 = 'No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND.';

/** Likes and dislikes of videos and titles: one per profile (else per account). */
@ApiTags('reactions')
@Controller('reactions/:targetType/:targetId')
export class ReactionsController {
  constructor(
    private readonly engagement: EngagementClient,
    private readonly counts: LiveReactionCounts,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Like, dislike and comment counts of a video or title; with a token also your own reaction (`mine`)' })
  @ApiOkResponse({ type: ReactionsResponse })
  @ApiProblems({ 400: INVALID_INPUT, 404: TARGET_404 })
  get(@Param() target: EngagementTarget, @CurrentUser() actor?: AuthUser): Promise<ReactionsResponse> {
    return this.engagement.send(EngagementPatterns.GetReactions, { target, ...(actor && { actor }) });
  }

  @Put()
  @RequirePermission('library.use')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Like or dislike (replaces your earlier reaction; the same one twice changes nothing)' })
  @ApiOkResponse({ type: ReactionsResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 404: TARGET_404 })
  async set(@CurrentUser() actor: AuthUser, @Param() target: EngagementTarget, @Body() { value }: ReactionInput): Promise<ReactionsResponse> {
    const reactions = await this.engagement.send(EngagementPatterns.SetReaction, { actor, target, value });
    this.counts.changed(target.targetType, target.targetId);
    return reactions;
  }

  @Delete()
  @RequirePermission('library.use')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Take your reaction back (idempotent)' })
  @ApiOkResponse({ type: ReactionsResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 404: TARGET_404 })
  async clear(@CurrentUser() actor: AuthUser, @Param() target: EngagementTarget): Promise<ReactionsResponse> {
    const reactions = await this.engagement.send(EngagementPatterns.ClearReaction, { actor, target });
    this.counts.changed(target.targetType, target.targetId);
    return reactions;
  }
}
