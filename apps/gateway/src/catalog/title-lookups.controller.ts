import { Controller, Get, Param, Query, Req, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogClient, CatalogPatterns, TitleIdParam, TitlePage, TmdbIdPathParam, TmdbTypeQuery, TrailerResponse, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Public } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT } from '../http/api-problems.js';
import { ViewerCountry } from '../http/viewer-country.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from './viewing-policy.interceptor.js';

const AUDIENCE_NOTE = 'Public. With a token, a title above the profile’s maturity level answers 404, as if it did not exist.';
const NOT_FOUND = 'No such title (or not for this profile). Code CATALOG.TITLE_NOT_FOUND.';

/** A title found by its TMDb id, and its trailer alone: for clients written to TMDb's ids and shapes. */
@ApiTags('catalog')
@Controller('titles')
@UseInterceptors(ViewingPolicyInterceptor)
export class TitleLookupsController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly country: ViewerCountry,
  ) {}

  @Get('tmdb/:tmdbId')
  @Public()
  @ApiOperation({ summary: 'The title with this TMDb id (a movie unless type=series), as GET /titles/{id}', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: TitlePage })
  @ApiProblems({ 400: INVALID_INPUT, 404: NOT_FOUND })
  async byTmdbId(
    @Param() params: TmdbIdPathParam, @Query() query: TmdbTypeQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse,
  ): Promise<TitlePage> {
    const { id } = await this.catalog.send(CatalogPatterns.LookupTmdbTitle, { tmdbId: params.tmdbId, type: query.type ?? 'movie', actor });
    const country = this.country.of(request);
    return this.catalog.send(CatalogPatterns.GetTitle, { id, actor, policy, ...(country && { country }) });
  }

  @Get(':id/trailer')
  @Public()
  @ApiOperation({ summary: 'The title’s trailer as a YouTube embed URL (from TMDb videos)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: TrailerResponse })
  @ApiProblems({ 400: INVALID_INPUT, 404: NOT_FOUND })
  async trailer(@Param() params: TitleIdParam, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<TrailerResponse> {
    const { trailerUrl } = await this.catalog.send(CatalogPatterns.GetTitle, { id: params.id, actor, policy });
    return { trailerUrl };
  }
}
