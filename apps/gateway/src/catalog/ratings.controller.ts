import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BecauseYouWatchedQuery, BecauseYouWatchedResponse, CatalogClient, CatalogPatterns, FeedResponse, PageQueryDto, RatingBody, RatingPageResponse, RatingRemovedResponse, RatingResponse, RecommendationsQuery,
  TitleIdParam, type AuthUser,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { LiveCommunityRatings } from '../live-figures/live-figures.js';

const NO_PROFILE = 'The token is not scoped to a profile (select one first). Code CATALOG.PROFILE_TOKEN_REQUIRED.';

/** A profile's ratings and its "for you" row. Per profile, so never cached at the gateway. */
@ApiTags('catalog')
@ApiBearerAuth()
@RequirePermission('library.use')
@Controller()
export class RatingsController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly communityRatings: LiveCommunityRatings,
  ) {}

  @Put('titles/:id/rating')
  @ApiOperation({ summary: 'Rate a title (1–5 stars or a thumb); rating again replaces the rating' })
  @ApiOkResponse({ type: RatingResponse })
  @ApiProblems({ 400: `${INVALID_INPUT} Exactly one of stars and thumb.`, 401: UNAUTHENTICATED, 403: NO_PROFILE, 404: 'No such title (or not for this profile).' })
  async rate(@Param() params: TitleIdParam, @Body() body: RatingBody, @CurrentUser() actor: AuthUser): Promise<RatingResponse> {
    const rated = await this.catalog.send(CatalogPatterns.RateTitle, { titleId: params.id, body, actor });
    this.communityRatings.changed(params.id);
    return rated;
  }

  @Delete('titles/:id/rating')
  @ApiOperation({ summary: 'Remove the profile’s rating of a title (idempotent)' })
  @ApiOkResponse({ type: RatingRemovedResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async remove(@Param() params: TitleIdParam, @CurrentUser() actor: AuthUser): Promise<RatingRemovedResponse> {
    const removed = await this.catalog.send(CatalogPatterns.RemoveRating, { titleId: params.id, actor });
    this.communityRatings.changed(params.id);
    return removed;
  }

  @Get('me/ratings')
  @ApiOperation({ summary: 'The profile’s ratings, newest first' })
  @ApiOkResponse({ type: RatingPageResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  list(@Query() query: PageQueryDto, @CurrentUser() actor: AuthUser): Promise<RatingPageResponse> {
    return this.catalog.send(CatalogPatterns.ListRatings, { ...query, actor });
  }

  @Get('me/recommendations')
  @ApiOperation({
    summary: '"For you": titles picked for the profile',
    description:
      'From the trained item model (ADR 0018), summed over the profile’s ratings, favourites and finished titles; topped up with the most popular titles of the profile’s favourite genres, then the most popular. ' +
      'Leaves out what the profile rated, favourited or watched and titles its maturity limit or a parent’s rules keep from it. `source`: collaborative, popular-in-genres or popularity.',
  })
  @ApiOkResponse({ type: FeedResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  recommendations(@Query() query: RecommendationsQuery, @CurrentUser() actor: AuthUser): Promise<FeedResponse> {
    return this.catalog.send(CatalogPatterns.GetRecommendations, { ...query, actor });
  }

  @Get('me/recommendations/because-you-watched')
  @ApiOperation({
    summary: '"Because you watched X" rows',
    description: 'One row per title the profile liked most recently (ratings ≥ 4, favourites, finished titles), filled with that title’s neighbours in the trained model; same exclusions as "for you".',
  })
  @ApiOkResponse({ type: BecauseYouWatchedResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  becauseYouWatched(@Query() query: BecauseYouWatchedQuery, @CurrentUser() actor: AuthUser): Promise<BecauseYouWatchedResponse> {
    return this.catalog.send(CatalogPatterns.GetBecauseYouWatched, { ...query, actor });
  }
}
