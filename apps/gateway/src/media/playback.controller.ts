import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiFoundResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { MediaClient, MediaPatterns, StreamResponse, type AuthUser } from '@onstream/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ViewerCountry } from '../http/viewer-country.js';
import { apiBaseOf } from './api-base.js';
import { KEY_FILE, MEDIA_PLAYLIST_FILE, PlaybackFileParams, RenditionFileParams, VideoIdParam } from './media.params.js';

const PLAYLIST_TYPE = 'application/vnd.apple.mpegurl';

/**
 * Playback: a stream start (access token) answers URLs under `/playback/{id}/{token}/`; every file
 * below it is checked against that playback grant by media, and fetched with the access token of
 * the session that started it (`Authorization: Bearer`, from any origin, without cookies).
 */
@ApiTags('playback')
@Controller()
export class PlaybackController {
  constructor(
    private readonly media: MediaClient,
    private readonly country: ViewerCountry,
  ) {}

  @Get('videos/:id/stream')
  @RequirePermission('playback')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Start playback: checks visibility, schedule, geo and entitlement; answers the manifest URL of a new playback grant' })
  @ApiOkResponse({ type: StreamResponse })
  @ApiForbiddenResponse({ description: 'Not published yet (MEDIA.NOT_YET_PUBLISHED), not in your country (MEDIA.GEO_BLOCKED) or not entitled (MEDIA.ENTITLEMENT_REQUIRED).' })
  @ApiNotFoundResponse({ description: 'No such video, or private.' })
  @ApiConflictResponse({ description: 'Not transcoded yet (MEDIA.NOT_READY).' })
  stream(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam, @Req() request: FastifyRequest): Promise<StreamResponse> {
    return this.media.send(MediaPatterns.StartStream, { actor, videoId: id, country: this.country.of(request) });
  }

  @Get('playback/:id/:token/:file')
  @RequirePermission('playback')
  @ApiBearerAuth()
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Master playlist (`master.m3u8`), storyboard WebVTT (`storyboard.vtt`, cues point at a signed sprite with #xywh= tiles) or, for ad-supported videos, the VMAP 1.0 ad schedule (`ads.vmap`) of a playback' })
  @ApiProduces(PLAYLIST_TYPE, 'text/vtt', 'application/xml')
  @ApiOkResponse({ description: 'M3U8, WebVTT or VMAP XML', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'No access token, or an invalid or ended playback grant.' })
  @ApiForbiddenResponse({ description: 'The playback was started by another session or profile (MEDIA.PLAYBACK_NOT_YOURS), or its renewal was refused.' })
  async playbackFile(@CurrentUser() actor: AuthUser, @Param() { id, token, file }: PlaybackFileParams, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    if (file === 'ads.vmap') {
      const { body } = await this.media.send(MediaPatterns.GetVmap, { actor, videoId: id, token, apiBase: apiBaseOf(request) });
      void reply.header('content-type', 'application/xml; charset=utf-8');
      return body;
    }
    if (file === 'storyboard.vtt') {
      const { body } = await this.media.send(MediaPatterns.GetStoryboard, { actor, videoId: id, token });
      void reply.header('content-type', 'text/vtt; charset=utf-8');
      return body;
    }
    const { body } = await this.media.send(MediaPatterns.GetPlaylist, { actor, videoId: id, token, playlist: 'master' });
    void reply.header('content-type', PLAYLIST_TYPE);
    return body;
  }

  @Get('playback/:id/:token/:rendition/:file')
  @RequirePermission('playback')
  @ApiBearerAuth()
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'A rendition’s media playlist (`index.m3u8`), its AES-128 key (`key.bin`, 16 raw bytes) or a redirect to a briefly signed init section or segment' })
  @ApiProduces(PLAYLIST_TYPE, 'application/octet-stream')
  @ApiOkResponse({ description: 'M3U8 playlist or key bytes', schema: { type: 'string' } })
  @ApiFoundResponse({ description: 'Init section or segment: redirect to a signed object URL valid for about 30 s.' })
  @ApiForbiddenResponse({ description: 'Another session’s or profile’s playback (MEDIA.PLAYBACK_NOT_YOURS), a rendition above the plan’s quality (MEDIA.QUALITY_NOT_ENTITLED), or a renewal refused (entitlement ended, maturity or parental rule).' })
  @ApiUnauthorizedResponse({ description: 'No access token, or an invalid or ended playback grant.' })
  async renditionFile(@CurrentUser() actor: AuthUser, @Param() { id, token, rendition, file }: RenditionFileParams, @Res() reply: FastifyReply): Promise<void> {
    // One route, three answers (a body, raw bytes or a redirect), so this handler sends its own reply.
    if (file === MEDIA_PLAYLIST_FILE) {
      const { body } = await this.media.send(MediaPatterns.GetPlaylist, { actor, videoId: id, token, playlist: rendition });
      await reply.header('content-type', PLAYLIST_TYPE).send(body);
    } else if (file === KEY_FILE) {
      const { keyBase64 } = await this.media.send(MediaPatterns.GetKey, { actor, videoId: id, token });
      await reply.header('content-type', 'application/octet-stream').send(Buffer.from(keyBase64, 'base64'));
    } else {
      const { url } = await this.media.send(MediaPatterns.GetSegment, { actor, videoId: id, token, rendition, file });
      await reply.redirect(url, 302);
    }
  }
}
