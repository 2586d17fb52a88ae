import { Body, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AnalyticsClient, AnalyticsPatterns, ErrorCodes, MediaClient, MediaPatterns, type AuthUser } from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { ViewerCountry } from '../../http/viewer-country.js';
import { VideoIdParam } from '../../media/media.params.js';
import { CompatController, unlessRefused } from '../compat.decorators.js';
import { OttStreamVideoParam } from './ott-platform.params.js';
import { fromOttChanges, fromOttVideo, OttStream, OttStreamQuery, OttVideo, OttVideoBody, OttVideoChanges, OttVideoList, OttVideoListQuery, toOttStream, toOttVideo } from './ott-video.dto.js';

const TAG = 'OTT platform API (seed 004)';
const NOT_YOURS = 'No such video, or not yours.';
const STATS_DAYS = 365;

/** Seed 004 §2 Video Content Management and §6 DRM: creator videos (media service) and playback start. */
@CompatController(TAG, '')
@ApiBearerAuth()
export class OttVideosController {
  constructor(
    private readonly media: MediaClient,
    private readonly analytics: AnalyticsClient,
    private readonly viewerCountry: ViewerCountry,
  ) {}

  @Post('videos')
  @HttpCode(201)
  @RequirePermission('media.video.write')
  @ApiOperation({ summary: 'Create a video from its metadata; then upload the file with POST /upload/video (v1: POST /videos)' })
  @ApiCreatedResponse({ type: OttVideo })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED })
  async create(@CurrentUser() actor: AuthUser, @Body() body: OttVideoBody): Promise<OttVideo> {
    return toOttVideo(await this.media.send(MediaPatterns.CreateVideo, { actor, video: fromOttVideo(body) }));
  }

  @Get('videos')
  @RequirePermission('media.video.write')
  @ApiOperation({ summary: 'Your videos (admins: all), newest first, paged (v1: GET /videos)' })
  @ApiOkResponse({ type: OttVideoList })
  @ApiProblems({ 401: UNAUTHENTICATED })
  async list(@CurrentUser() actor: AuthUser, @Query() query: OttVideoListQuery): Promise<OttVideoList> {
    const page = await this.media.send(MediaPatterns.ListVideos, { actor, page: query.page, limit: query.limit });
    return { ...page, items: page.items.map((video) => toOttVideo(video)) };
  }

  @Get('videos/:id')
  @RequirePermission('media.video.write')
  @ApiOperation({ summary: 'One of your videos with playlist paths and its stats (v1: GET /videos/{id} and GET /analytics/videos/{id})' })
  @ApiOkResponse({ type: OttVideo })
  @ApiProblems({ 401: UNAUTHENTICATED, 404: NOT_YOURS })
  async get(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam): Promise<OttVideo> {
    const video = await this.media.send(MediaPatterns.GetVideo, { actor, id });
    const to = new Date();
    const from = new Date(Math.max(Date.parse(video.createdAt), to.getTime() - STATS_DAYS * 86_400_000));
    // Analytics learns a video's owner from media's event; until then only admins may read its figures, so no stats yet.
    const report = await unlessRefused(
      this.analytics.send(AnalyticsPatterns.GetReport, { actor, scope: 'video', id, from: from.toISOString(), to: to.toISOString(), granularity: 'day' }),
      ErrorCodes.AnalyticsReportForbidden,
      undefined,
    );
    return toOttVideo(video, report?.totals);
  }

  @Put('videos/:id')
  @RequirePermission('media.video.write')
  @ApiOperation({ summary: 'Change metadata, visibility, monetization or geo rules; fields left out stay as they are (v1: PATCH /videos/{id})' })
  @ApiOkResponse({ type: OttVideo })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 404: NOT_YOURS })
  async update(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam, @Body() body: OttVideoChanges): Promise<OttVideo> {
    return toOttVideo(await this.media.send(MediaPatterns.UpdateVideo, { actor, id, changes: fromOttChanges(body) }));
  }

  @Delete('videos/:id')
  @RequirePermission('media.video.write')
  @ApiOperation({ summary: 'Soft delete: hidden at once, files removed after the retention period (v1: DELETE /videos/{id})' })
  @ApiOkResponse({ type: OttVideo })
  @ApiProblems({ 401: UNAUTHENTICATED, 404: NOT_YOURS })
  async remove(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam): Promise<OttVideo> {
    return toOttVideo(await this.media.send(MediaPatterns.DeleteVideo, { actor, id }));
  }

  @Get('stream/:videoId')
  @RequirePermission('playback')
  @ApiOperation({ summary: 'Start playback: access check (visibility, geo, entitlement), a playback/DRM token and the playlist of the chosen quality (v1: GET /videos/{id}/stream)' })
  @ApiOkResponse({ type: OttStream })
  @ApiProblems({
    401: UNAUTHENTICATED,
    403: 'Not published yet, not in your country, or not entitled (MEDIA.NOT_YET_PUBLISHED, MEDIA.GEO_BLOCKED, MEDIA.ENTITLEMENT_REQUIRED).',
    404: 'No such video, or private.',
    409: 'Not transcoded yet (MEDIA.NOT_READY).',
  })
  async stream(@CurrentUser() actor: AuthUser, @Param() { videoId }: OttStreamVideoParam, @Query() { quality }: OttStreamQuery, @Req() request: FastifyRequest): Promise<OttStream> {
    const country = this.viewerCountry.of(request);
    return toOttStream(videoId, await this.media.send(MediaPatterns.StartStream, { actor, videoId, ...(country && { country }) }), quality);
  }
}
