import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CatalogClient, CatalogPatterns, ContentTagListResponse, ContentTagResponse, TagChanges, TagDeletedResponse, TagInput, TagSlugParam, TitleTagParams,
  TitleTagsResponse, type AuthUser,
} from '@onstream/common';
import { CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { CatalogResponseCache } from './catalog-cache.js';
import { CachedRead, CachedReadInterceptor } from './cached-read.interceptor.js';
import { ViewingPolicyInterceptor } from './viewing-policy.interceptor.js';

const NOT_STAFF = 'Not staff.';

/** Content tags: a public list; staff manage it and tag titles. Every change clears the catalog cache. */
@ApiTags('catalog')
@Controller()
@UseInterceptors(ViewingPolicyInterceptor, CachedReadInterceptor)
export class ContentTagsController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly cache: CatalogResponseCache,
  ) {}

  @Get('tags')
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'Content tags (violence, language, scary scenes…) with their title counts', description: 'Parents deny tags for kid profiles (PUT /me/profiles/{id}/parental-controls).' })
  @ApiOkResponse({ type: ContentTagListResponse })
  list(): Promise<ContentTagListResponse> {
    return this.catalog.send(CatalogPatterns.ListTags, {});
  }

  @Post('tags')
  @RequirePermission('catalog.write')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a content tag (staff)' })
  @ApiCreatedResponse({ type: ContentTagResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_STAFF, 409: 'The slug is taken (CATALOG.TAG_EXISTS).' })
  async create(@Body() tag: TagInput, @CurrentUser() actor: AuthUser): Promise<ContentTagResponse> {
    const created = await this.catalog.send(CatalogPatterns.CreateTag, { tag, actor });
    await this.cache.clear();
    return created;
  }

  @Patch('tags/:slug')
  @RequirePermission('catalog.write')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Rename or redescribe a content tag (staff); the slug never changes' })
  @ApiOkResponse({ type: ContentTagResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_STAFF, 404: 'No such tag (CATALOG.TAG_NOT_FOUND).' })
  async update(@Param() params: TagSlugParam, @Body() changes: TagChanges, @CurrentUser() actor: AuthUser): Promise<ContentTagResponse> {
    const updated = await this.catalog.send(CatalogPatterns.UpdateTag, { slug: params.slug, changes, actor });
    await this.cache.clear();
    return updated;
  }

  @Delete('tags/:slug')
  @RequirePermission('catalog.write')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Delete a content tag and take it off every title (staff)' })
  @ApiOkResponse({ type: TagDeletedResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_STAFF, 404: 'No such tag (CATALOG.TAG_NOT_FOUND).' })
  async delete(@Param() params: TagSlugParam, @CurrentUser() actor: AuthUser): Promise<TagDeletedResponse> {
    const deleted = await this.catalog.send(CatalogPatterns.DeleteTag, { slug: params.slug, actor });
    await this.cache.clear();
    return deleted;
  }

  @Put('titles/:id/tags/:slug')
  @RequirePermission('catalog.write')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Put a content tag on a title (staff; idempotent)' })
  @ApiOkResponse({ type: TitleTagsResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_STAFF, 404: 'No such title (CATALOG.TITLE_NOT_FOUND) or tag (CATALOG.TAG_NOT_FOUND).' })
  async tag(@Param() params: TitleTagParams, @CurrentUser() actor: AuthUser): Promise<TitleTagsResponse> {
    const tags = await this.catalog.send(CatalogPatterns.TagTitle, { id: params.id, slug: params.slug, actor });
    await this.cache.clear();
    return tags;
  }

  @Delete('titles/:id/tags/:slug')
  @RequirePermission('catalog.write')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Take a content tag off a title (staff; idempotent)' })
  @ApiOkResponse({ type: TitleTagsResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_STAFF, 404: 'No such title (CATALOG.TITLE_NOT_FOUND) or tag (CATALOG.TAG_NOT_FOUND).' })
  async untag(@Param() params: TitleTagParams, @CurrentUser() actor: AuthUser): Promise<TitleTagsResponse> {
    const tags = await this.catalog.send(CatalogPatterns.UntagTitle, { id: params.id, slug: params.slug, actor });
    await this.cache.clear();
    return tags;
  }
}
