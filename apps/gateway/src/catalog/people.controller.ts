import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogClient, CatalogPatterns, PersonIdParam, PersonPage, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import { CurrentUser, Public } from '../auth/auth.decorators.js';
import { ApiProblems } from '../http/api-problems.js';
import { CachedRead, CachedReadInterceptor } from './cached-read.interceptor.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from './viewing-policy.interceptor.js';

@ApiTags('catalog')
@Controller('people')
@UseInterceptors(ViewingPolicyInterceptor, CachedReadInterceptor)
export class PeopleController {
  constructor(private readonly catalog: CatalogClient) {}

  @Get(':id')
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'A person with their filmography (cast and crew credits, newest first)', description: 'Public. With a token, credits are limited to the profile’s maturity level and, for kid profiles and devices, its parental rules.' })
  @ApiOkResponse({ type: PersonPage })
  @ApiProblems({ 400: 'The id is not a person id.', 404: 'No such person. Code CATALOG.PERSON_NOT_FOUND.' })
  get(@Param() params: PersonIdParam, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<PersonPage> {
    return this.catalog.send(CatalogPatterns.GetPerson, { id: params.id, actor, policy });
  }
}
