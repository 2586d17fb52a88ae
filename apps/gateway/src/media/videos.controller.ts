import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MediaClient, MediaPatterns, PageQueryDto, VideoChanges, VideoFields, VideoListResponse, VideoResponse, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { VideoIdParam } from './media.params.js';
import { LivePartsInterceptor, WithReactionCounts } from '../live-figures/live-parts.js';

@ApiTags('videos')
@ApiBearerAuth()
@RequirePermission('media.video.write')
@Controller('videos')
@UseInterceptors(LivePartsInterceptor)
export class VideosController {
  constructor(private readonly media: MediaClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a video (metadata first; then upload its file to /uploads)' })
  @ApiCreatedResponse({ type: VideoResponse })
  create(@CurrentUser() actor: AuthUser, @Body() video: VideoFields): Promise<VideoResponse> {
    return this.media.send(MediaPatterns.CreateVideo, { actor, video });
  }

  @Get()
  @ApiOperation({ summary: 'List your videos (admins: all videos), newest first' })
  @ApiOkResponse({ type: VideoListResponse })
  list(@CurrentUser() actor: AuthUser, @Query() query: PageQueryDto): Promise<VideoListResponse> {
    return this.media.send(MediaPatterns.ListVideos, { actor, page: query.page, limit: query.limit });
  }

  @Get(':id')
  @WithReactionCounts('video')
  @ApiOperation({ summary: 'One of your videos, with its processing stage and percent, and `reactions: {likes, dislikes}`' })
  @ApiOkResponse({ type: VideoResponse })
  @ApiNotFoundResponse({ description: 'No such video, or not yours.' })
  get(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam): Promise<VideoResponse> {
    return this.media.send(MediaPatterns.GetVideo, { actor, id });
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a video: metadata, visibility and schedule, monetization, geo rules' })
  @ApiOkResponse({ type: VideoResponse })
  @ApiForbiddenResponse({ description: 'Your role may not manage videos.' })
  @ApiNotFoundResponse({ description: 'No such video, or not yours.' })
  update(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam, @Body() changes: VideoChanges): Promise<VideoResponse> {
    return this.media.send(MediaPatterns.UpdateVideo, { actor, id, changes });
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a video: hidden at once, its files removed after the retention period' })
  @ApiOkResponse({ type: VideoResponse })
  @ApiNotFoundResponse({ description: 'No such video, or not yours.' })
  remove(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam): Promise<VideoResponse> {
    return this.media.send(MediaPatterns.DeleteVideo, { actor, id });
  }
}
