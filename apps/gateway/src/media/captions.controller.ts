import { Body, Controller, Delete, Get, Headers, HttpCode, OnModuleInit, Param, Put, Query, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import {
  ApiBearerAuth, ApiBody, ApiConflictResponse, ApiConsumes, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiProduces, ApiProperty, ApiTags,
  ApiUnprocessableEntityResponse, ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import {
  CAPTION_FILE, CAPTION_LANGUAGE, CaptionListResponse, CaptionResponse, CaptionSettings, CaptionUploadBody, createValidationPipe, DomainError, ErrorCodes, MediaClient, MediaPatterns,
  type AuthUser, type CaptionFormat,
} from '@onstream/common';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { PlaybackGrantParams, VideoIdParam } from './media.params.js';

/** Raw caption bodies by content type; JSON carries its format beside the text. */
const RAW_FORMATS: Record<string, CaptionFormat> = { 'text/vtt': 'vtt', 'application/x-subrip': 'srt' };

export class CaptionParams extends VideoIdParam {
  @ApiProperty({ example: 'en-GB', description: 'BCP 47 language tag' })
  @Matches(CAPTION_LANGUAGE, { message: 'language must be a BCP 47 language tag such as en or pt-BR' })
  language!: string;
}

export class CaptionFileParams extends PlaybackGrantParams {
  @ApiProperty({ example: 'en' })
  @Matches(CAPTION_LANGUAGE, { message: 'language must be a BCP 47 language tag such as en or pt-BR' })
  language!: string;

  @ApiProperty({ description: '`index.m3u8` (the language’s media playlist) or a WebVTT segment `seg_00000.vtt`', example: 'index.m3u8' })
  @Matches(CAPTION_FILE, { message: 'file must be index.m3u8 or a seg_N.vtt segment' })
  file!: string;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Settings of a raw upload ride in the query. */
export class CaptionSettingsQuery extends CaptionSettings {
  @Transform(toBoolean) declare default?: boolean;
  @Transform(toBoolean) declare forced?: boolean;
}

/**
 * Caption tracks of a video (ADR 0029): the creator and staff upload WebVTT or SRT per language;
 * media checks who may, validates and normalises. Players get them through the playback grant.
 */
@ApiTags('captions')
@ApiBearerAuth()
@Controller()
export class CaptionsController implements OnModuleInit {
  constructor(
    private readonly media: MediaClient,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addContentTypeParser(Object.keys(RAW_FORMATS), { parseAs: 'string' }, (_request, body, done) => done(null, body));
  }

  @Put('videos/:id/captions/:language')
  @RequirePermission('media.captions.write')
  @ApiOperation({ summary: 'Add or replace the caption track of a language: WebVTT (text/vtt) or SubRip (application/x-subrip) with settings in the query, or JSON {format, text, kind, label, default, forced}; normalised to WebVTT' })
  @ApiConsumes('text/vtt', 'application/x-subrip', 'application/json')
  @ApiBody({ type: CaptionUploadBody })
  @ApiOkResponse({ type: CaptionResponse })
  @ApiNotFoundResponse({ description: 'No such video, or not yours.' })
  @ApiConflictResponse({ description: 'The video is not ready yet (MEDIA.NOT_READY).' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than CAPTION_MAX_BYTES (MEDIA.CAPTION_TOO_LARGE) or the body limit.' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Neither text/vtt, application/x-subrip nor application/json (MEDIA.UNSUPPORTED_TYPE).' })
  @ApiUnprocessableEntityResponse({ description: 'Malformed file (MEDIA.CAPTION_MALFORMED) or cue times inverted, overlapping or past the video (MEDIA.CAPTION_TIMING).' })
  async put(
    @CurrentUser() actor: AuthUser,
    @Param() { id, language }: CaptionParams,
    @Query() query: CaptionSettingsQuery,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ): Promise<CaptionResponse> {
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const raw = RAW_FORMATS[mediaType];
    if (raw !== undefined && typeof body === 'string') {
      return this.media.send(MediaPatterns.PutCaption, { actor, videoId: id, language, format: raw, text: body, settings: settingsOf(query) });
    }
    if (mediaType !== 'application/json') {
      throw new DomainError(ErrorCodes.MediaUnsupportedType, 415, 'Send the caption as text/vtt, application/x-subrip or application/json.');
    }
    const upload = (await createValidationPipe().transform(body, { type: 'body', metatype: CaptionUploadBody })) as CaptionUploadBody;
    return this.media.send(MediaPatterns.PutCaption, { actor, videoId: id, language, format: upload.format, text: upload.text, settings: settingsOf(upload) });
  }

  @Get('videos/:id/captions')
  @RequirePermission('playback')
  @ApiOperation({ summary: 'Caption tracks of a video: for its creator and staff (with those a content replacement dropped) and for viewers who may play it' })
  @ApiOkResponse({ type: CaptionListResponse })
  @ApiNotFoundResponse({ description: 'No such video, or not visible to you.' })
  list(@CurrentUser() actor: AuthUser, @Param() { id }: VideoIdParam): Promise<CaptionListResponse> {
    return this.media.send(MediaPatterns.ListCaptions, { actor, videoId: id });
  }

  @Get('videos/:id/captions/:language')
  @RequirePermission('media.captions.write')
  @ApiOperation({ summary: 'The normalised WebVTT of a track (creator and staff)' })
  @ApiProduces('text/vtt')
  @ApiOkResponse({ description: 'WebVTT', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'No such video or track, or not yours.' })
  async get(@CurrentUser() actor: AuthUser, @Param() { id, language }: CaptionParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { body } = await this.media.send(MediaPatterns.GetCaption, { actor, videoId: id, language });
    void reply.header('content-type', 'text/vtt; charset=utf-8');
    return body;
  }

  @Delete('videos/:id/captions/:language')
  @HttpCode(200)
  @RequirePermission('media.captions.write')
  @ApiOperation({ summary: 'Delete a track; answers the tracks left' })
  @ApiOkResponse({ type: CaptionListResponse })
  @ApiNotFoundResponse({ description: 'No such video or track, or not yours.' })
  remove(@CurrentUser() actor: AuthUser, @Param() { id, language }: CaptionParams): Promise<CaptionListResponse> {
    return this.media.send(MediaPatterns.DeleteCaption, { actor, videoId: id, language });
  }

  @Get('playback/:id/:token/captions/:language/:file')
  @RequirePermission('playback')
  @ApiTags('playback')
  @ApiOperation({ summary: 'A caption track of a playback: its media playlist (`index.m3u8`) or a WebVTT segment aligned to the video’s segments, with X-TIMESTAMP-MAP' })
  @ApiProduces('application/vnd.apple.mpegurl', 'text/vtt')
  @ApiOkResponse({ description: 'M3U8 or WebVTT', schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'Another viewer’s playback (MEDIA.PLAYBACK_NOT_YOURS).' })
  @ApiNotFoundResponse({ description: 'No such track or segment.' })
  async playbackFile(@CurrentUser() actor: AuthUser, @Param() { id, token, language, file }: CaptionFileParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { body } = await this.media.send(MediaPatterns.GetCaptionPlaylist, { actor, videoId: id, token, language, file });
    void reply.header('cache-control', 'no-store').header('content-type', file === 'index.m3u8' ? 'application/vnd.apple.mpegurl' : 'text/vtt; charset=utf-8');
    return body;
  }
}

function settingsOf(source: CaptionSettings): CaptionSettings {
  return { kind: source.kind, label: source.label, default: source.default, forced: source.forced };
}
