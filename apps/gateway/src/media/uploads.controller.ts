import { All, Controller, Req, Res, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@onstream/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, RequireRoles } from '../auth/auth.decorators.js';
import { TusUploadServer } from './tus-upload.server.js';

/**
 * Resumable uploads (tus 1.0.0: creation, termination) for creators. Create with
 * `POST /uploads` (`Upload-Length`, `Upload-Metadata: videoId <b64>,filename <b64>`), send bytes with
 * `PATCH <Location>` (`Upload-Offset`, `Content-Type: application/offset+octet-stream`), ask the
 * offset with `HEAD <Location>` after a dropped connection and resume from it.
 */
@ApiTags('uploads')
@ApiBearerAuth()
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

  @All()
  @RequireRoles('creator', 'admin')
  @ApiOperation({ summary: 'tus: create an upload (POST) for a video; Upload-Metadata must name videoId and filename' })
  create(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.delegate(actor, request, reply);
  }

  @All(':uploadId')
  @RequireRoles('creator', 'admin')
  @ApiExcludeEndpoint()
  resume(@CurrentUser() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.delegate(actor, request, reply);
  }

  private async delegate(actor: AuthUser, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    reply.hijack();
    await this.tus.handle(actor, request.raw, reply.raw);
  }
}
