import { applyDecorators, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { AuthUser } from '@onstream/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { TusUploadServer } from '../../media/tus-upload.server.js';
import { CompatController } from '../compat.decorators.js';

const TAG = 'OTT platform API (seed 004)';
const THUMBNAIL_KIND = `kind ${Buffer.from('thumbnail').toString('base64')}`;
const CREATED = { description: 'Created; send the bytes in chunks with PATCH to `Location` (tus 1.0.0), HEAD it for the progress', headers: { Location: { schema: { type: 'string' } } } };
const REFUSALS = {
  400: 'A tus header is missing or malformed, or Upload-Metadata lacks videoId.',
  404: 'No such video of yours.',
  412: 'Tus-Resumable is missing (tus 1.0.0 is required).',
  413: 'Larger than UPLOAD_MAX_BYTES.',
  415: 'File name extension not accepted.',
};

/** Upload-Metadata without a `kind` entry, then `kind thumbnail`: what makes a tus upload the custom poster. */
export function asThumbnail(metadata: string | undefined): string {
  const entries = (metadata ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry && !/^kind(\s|$)/.test(entry));
  return [...entries, THUMBNAIL_KIND].join(',');
}

/** The tus server reads the raw header list, so both views of the request change. */
function setHeader(request: FastifyRequest, name: string, value: string): void {
  const raw = request.raw.rawHeaders;
  const at = raw.findIndex((entry, index) => index % 2 === 0 && entry.toLowerCase() === name);
  if (at >= 0) raw[at + 1] = value;
  else raw.push(name, value);
  request.raw.headers[name] = value;
}

function TusCreation(): MethodDecorator {
  const content = { 'application/problem+json': { schema: { $ref: getSchemaPath('Problem') } }, 'text/plain': { schema: { type: 'string' } } };
  return applyDecorators(
    ApiHeader({ name: 'Tus-Resumable', required: true, schema: { type: 'string', enum: ['1.0.0'] } }),
    ApiHeader({ name: 'Upload-Length', required: true, description: 'Total size in bytes', schema: { type: 'integer', minimum: 0 } }),
    ApiHeader({ name: 'Upload-Metadata', required: true, description: 'tus metadata: `videoId <base64>,filename <base64>`' }),
    ApiCreatedResponse(CREATED),
    ...Object.entries(REFUSALS).map(([status, description]) => ApiResponse({ status: Number(status), description, content })),
  );
}

/** Seed 004 §5 Uploads: the creation step of v1's resumable tus uploads; the chunks go to the Location it answers. */
@CompatController(TAG, 'upload')
@ApiBearerAuth()
export class OttUploadsController {
  constructor(private readonly tus: TusUploadServer) {}

  @Post('video')
  @RequirePermission('media.video.write')
  @ApiOperation({ summary: 'Start a chunked, resumable upload of a video’s file (tus creation; v1: POST /uploads)' })
  @TusCreation()
  video(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.delegate(actor, request, reply);
  }

  @Post('thumbnail')
  @RequirePermission('media.video.write')
  @ApiOperation({ summary: 'Start the upload of a video’s custom poster, which replaces the generated one (v1: POST /uploads with `kind thumbnail`)' })
  @TusCreation()
  thumbnail(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const metadata = request.raw.headers['upload-metadata'];
    setHeader(request, 'upload-metadata', asThumbnail(Array.isArray(metadata) ? metadata.join(',') : metadata));
    return this.delegate(actor, request, reply);
  }

  private async delegate(actor: AuthUser, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    reply.hijack();
    await this.tus.handle(actor, request.raw, reply.raw);
  }
}
