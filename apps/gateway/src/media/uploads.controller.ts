import { applyDecorators, Controller, Delete, Head, Options, Patch, Post, Req, Res, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiExcludeEndpoint, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags, getSchemaPath, type ApiHeaderOptions, type ApiParamOptions } from '@nestjs/swagger';
import type { AuthUser } from '@onstream/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { TusUploadServer } from './tus-upload.server.js';

const TUS_RESUMABLE: ApiHeaderOptions = { name: 'Tus-Resumable', required: true, schema: { type: 'string', enum: ['1.0.0'] } };
/**
 * Errors of the tus routes: refusals of OnStream's hooks are problem+json; the tus server's own
 * protocol checks (412 without Tus-Resumable, 400 for a malformed tus header, …) answer plain text.
 */
function TusProblems(problems: Record<number, string>): MethodDecorator {
  const content = { 'application/problem+json': { schema: { $ref: getSchemaPath('Problem') } }, 'text/plain': { schema: { type: 'string' } } };
  const all = { 400: 'A tus header is missing or malformed.', 412: 'Tus-Resumable is missing (tus 1.0.0 is required).', ...problems };
  return applyDecorators(...Object.entries(all).map(([status, description]) => ApiResponse({ status: Number(status), description, content })));
}

const UPLOAD_ID: ApiParamOptions = { name: 'uploadId', description: 'Last segment of the `Location` answered by POST /uploads' };

/**
 * Resumable uploads (tus 1.0.0: creation, termination) for creators. Create with
 * `POST /uploads` (`Upload-Length`, `Upload-Metadata: videoId <b64>,filename <b64>`), send bytes with
 * `PATCH <Location>` (`Upload-Offset`, `Content-Type: application/offset+octet-stream`), ask the
 * offset with `HEAD <Location>` after a dropped connection and resume from it.
 */
@ApiTags('uploads')
@ApiBearerAuth()
@RequirePermission('media.video.write')
@Controller('uploads')
export class UploadsController implements OnModuleInit {
  constructor(
    private readonly tus: TusUploadServer,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** tus bodies are raw bytes that the tus server reads from the request stream itself. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  }

  @Post()
  @ApiOperation({ summary: 'tus: create an upload for a video; Upload-Metadata must name videoId and filename' })
  @ApiHeader(TUS_RESUMABLE)
  @ApiHeader({ name: 'Upload-Length', required: true, description: 'Total size in bytes (deferred length is not supported)', schema: { type: 'integer', minimum: 0 } })
  @ApiHeader({ name: 'Upload-Metadata', required: true, description: 'tus metadata: `videoId <base64>,filename <base64>` (optional `kind <base64 "thumbnail">`)' })
  @ApiCreatedResponse({ description: 'Created; `Location` is the upload URL to PATCH', headers: { Location: { schema: { type: 'string' } } } })
  @TusProblems({ 404: 'No such video of yours.', 413: 'Larger than UPLOAD_MAX_BYTES.', 415: 'File name extension not accepted.' })
  create(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.delegate(actor, request, reply);
  }

  @Head(':uploadId')
  @ApiOperation({ summary: 'tus: how many bytes the server has (resume from `Upload-Offset`)' })
  @ApiHeader(TUS_RESUMABLE)
  @ApiParam(UPLOAD_ID)
  @ApiOkResponse({ description: 'Offset in `Upload-Offset`', headers: { 'Upload-Offset': { schema: { type: 'integer' } } } })
  @TusProblems({ 404: 'No such upload of yours.' })
  offset(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.delegate(actor, request, reply);
  }

  @Patch(':uploadId')
  @ApiOperation({ summary: 'tus: append bytes at `Upload-Offset`; the last chunk queues the transcode' })
  @ApiHeader(TUS_RESUMABLE)
  @ApiHeader({ name: 'Upload-Offset', required: true, schema: { type: 'integer', minimum: 0 } })
  @ApiParam(UPLOAD_ID)
  @ApiConsumes('application/offset+octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiNoContentResponse({ description: 'Stored; the new offset is in `Upload-Offset`' })
  @TusProblems({ 404: 'No such upload of yours.', 409: 'Upload-Offset does not match the stored offset.', 415: 'Content-Type must be application/offset+octet-stream.' })
  append(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.delegate(actor, request, reply);
  }

  @Delete(':uploadId')
  @ApiOperation({ summary: 'tus: abandon an upload and free its parts' })
  @ApiHeader(TUS_RESUMABLE)
  @ApiParam(UPLOAD_ID)
  @ApiNoContentResponse({ description: 'Abandoned' })
  @TusProblems({ 404: 'No such upload of yours.' })
  terminate(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.delegate(actor, request, reply);
  }

  /** tus capability discovery (Tus-Version, Tus-Extension, Tus-Max-Size). */
  @Options(['', ':uploadId'])
  @ApiExcludeEndpoint()
  discover(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.delegate(actor, request, reply);
  }

  private async delegate(actor: AuthUser, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    reply.hijack();
    await this.tus.handle(actor, request.raw, reply.raw);
  }
}
