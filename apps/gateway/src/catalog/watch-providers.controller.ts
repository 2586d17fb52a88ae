import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogClient, CatalogPatterns, CountryQuery, WatchProviderListResponse } from '@onstream/common';
import { Public } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT } from '../http/api-problems.js';
import { CachedRead, CachedReadInterceptor } from './cached-read.interceptor.js';

@ApiTags('catalog')
@Controller('providers')
@UseInterceptors(CachedReadInterceptor)
export class WatchProvidersController {
  constructor(private readonly catalog: CatalogClient) {}

  @Get()
  @Public()
  @CachedRead('metadata')
  @ApiOperation({
    summary: 'Streaming, rent and buy services known from TMDb’s watch-provider data',
    description: 'Their ids are what `PUT /me/household/providers` and the `providers` filter of lists and search take. `?country=` keeps those offering a catalog title there.',
  })
  @ApiOkResponse({ type: WatchProviderListResponse })
  @ApiProblems({ 400: INVALID_INPUT })
  list(@Query() query: CountryQuery): Promise<WatchProviderListResponse> {
    return this.catalog.send(CatalogPatterns.ListWatchProviders, query);
  }
}
