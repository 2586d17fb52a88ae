import { Controller, Get, Header, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DomainError, ErrorCodes, MediaClient, MediaPatterns, StreamResponse, type AuthUser } from '@onstream/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';
import { GatewayConfig } from '../gateway.config.js';
import { PLAYLIST_FILE, PlaybackParams, PlaybackTokenQuery, PlaylistFileParams, VideoIdParam } from './media.params.js';

function requireToken(token: string | undefined): string {
  if (!token) throw new DomainError(ErrorCodes.MediaPlaybackTokenInvalid, 401, 'A playback token is required (see GET /videos/{id}/stream).');
  return token;
}

@ApiTags('playback')
@Controller()
export class PlaybackController {
  constructor(
    private readonly media: MediaClient,
    private readonly config: GatewayConfig,
  ) {}

  @Get('videos/:id/stream')
  @RequirePermission('playback')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Start playback: checks visibility, schedule, geo and entitlement; answers a short-lived manifest URL' })
  @ApiOkResponse({ type: StreamResponse })
  @ApiForbiddenResponse({ description: 'Not published yet (MEDIA.NOT_YET_PUBLISHED), not in your country (MEDIA.GEO_BLOCKED) or not entitled (MEDIA.ENTITLEMENT_REQUIRED).' })
  @ApiNotFoundResponse({ description: 'No such video, or private.' })
  @ApiConflictResponse({ description: 'Not transcoded yet (MEDIA.NOT_READY).' })
  stream(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam, @Req() request: FastifyRequest): Promise<StreamResponse> {
    const header = request.headers[this.config.GEO_COUNTRY_HEADER];
    const value = (Array.isArray(header) ? header[0] : header)?.trim().toUpperCase();
    const country = value && /^[A-Z]{2}$/.test(value) ? value : undefined;
    return this.media.send(MediaPatterns.StartStream, { actor, videoId: id, country });
  }

  @Get('playback/:id/key')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'AES-128 key of an encrypted video, for a valid unexpired playback token of that video' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: '16 raw key bytes', schema: { type: 'string', format: 'binary' } })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired playback token.' })
  async key(@Param() { id }: PlaybackParams, @Query() { token }: PlaybackTokenQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { keyBase64 } = await this.media.send(MediaPatterns.GetKey, { videoId: id, token: requireToken(token) });
    void reply.header('content-type', 'application/octet-stream');
    return new StreamableFile(Buffer.from(keyBase64, 'base64'));
  }

  @Get('playback/:id/storyboard.vtt')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Storyboard (scrubbing previews) as WebVTT; cues point at a signed sprite URL with #xywh= tiles' })
  @ApiProduces('text/vtt')
  @ApiOkResponse({ description: 'WebVTT', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired playback token.' })
  async storyboard(@Param() { id }: PlaybackParams, @Query() { token }: PlaybackTokenQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { body } = await this.media.send(MediaPatterns.GetStoryboard, { videoId: id, token: requireToken(token) });
    void reply.header('content-type', 'text/vtt; charset=utf-8');
    return body;
  }

  @Get('playback/:id/:file')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'HLS playlist (`master.m3u8` or `<rendition>.m3u8`) with segment URLs signed for a short time' })
  @ApiProduces('application/vnd.apple.mpegurl')
  @ApiOkResponse({ description: 'M3U8 playlist', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired playback token.' })
  async playlist(@Param() { id, file }: PlaylistFileParams, @Query() { token }: PlaybackTokenQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const playlist = PLAYLIST_FILE.exec(file)?.[1] ?? '';
    const { body } = await this.media.send(MediaPatterns.GetPlaylist, { videoId: id, token: requireToken(token), playlist });
    void reply.header('content-type', 'application/vnd.apple.mpegurl');
    return body;
  }
}
