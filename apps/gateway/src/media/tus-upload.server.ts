import { Injectable, Logger } from '@nestjs/common';
import { S3Store } from '@tus/s3-store';
import { Server, type Upload } from '@tus/server';
import { DomainError, MediaClient, MediaPatterns, toErrorPayload, type AuthUser, type UploadKind } from '@onstream/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GatewayConfig } from '../gateway.config.js';

export const UPLOADS_PATH = '/api/v1/uploads';

/** What tus answers when a hook refuses: the problem+json of the domain error. */
interface TusRefusal {
  status_code: number;
  body: string;
}

function refusal(error: unknown): TusRefusal {
  const payload = toErrorPayload(error);
  return {
    status_code: payload.status,
    body: JSON.stringify({ type: `urn:onstream:problem:${payload.code.toLowerCase()}`, status: payload.status, code: payload.code, detail: payload.message }),
  };
}

/** `Upload-Metadata: kind thumbnail` sends a custom poster; anything else is the video (media validates). */
function uploadKind(kind: string | null | undefined): UploadKind {
  return kind === 'thumbnail' ? 'thumbnail' : 'video';
}

/**
 * Upload ids are S3 keys (media names them from [A-Za-z0-9_-] and `/`); in URLs the slashes become
 * `~` so the id is one short path segment (Fastify refuses route parameters over 100 characters).
 */
const encodeId = (id: string) => id.replaceAll('/', '~');
const decodeId = (segment: string) => segment.replaceAll('~', '/');

/**
 * The tus resumable-upload endpoint, writing straight to S3 (multipart) through @tus/s3-store.
 * Media decides: before the first byte it authorizes the caller, the video and the declared size
 * and names the object; after the last byte it probes the file and queues the transcode.
 */
@Injectable()
export class TusUploadServer {
  private readonly logger = new Logger(TusUploadServer.name);
  private readonly actors = new AsyncLocalStorage<AuthUser>();
  private readonly store: S3Store;
  private readonly server: Server;

  constructor(
    private readonly media: MediaClient,
    config: GatewayConfig,
  ) {
    this.store = new S3Store({
      partSize: config.UPLOAD_PART_BYTES,
      // Expired uploads answer 410 and announce Upload-Expires; media's sweep removes their objects
      // (no S3 object tags: not every S3 implementation has them).
      expirationPeriodInMilliseconds: config.UPLOAD_EXPIRY_SECONDS * 1000,
      useTags: false,
      s3ClientConfig: {
        bucket: config.S3_BUCKET,
        region: config.S3_REGION,
        endpoint: config.S3_ENDPOINT,
        forcePathStyle: true,
        credentials: { accessKeyId: config.S3_ACCESS_KEY, secretAccessKey: config.S3_SECRET_KEY },
      },
    });
    this.server = new Server({
      path: UPLOADS_PATH,
      datastore: this.store,
      respectForwardedHeaders: config.trustProxy !== false,
      // tus answers on the raw response (the Fastify reply is hijacked), so it sets its own CORS headers.
      allowedOrigins: config.corsOrigins,
      allowedCredentials: true,
      generateUrl: (_req, { proto, host, path, id }) => `${proto}://${host}${path}/${encodeId(id)}`,
      getFileIdFromRequest: (_req, lastPath) => (lastPath ? decodeId(lastPath) : undefined),
      namingFunction: (req, metadata) => this.authorize(req, metadata),
      onUploadCreate: async (_req, upload) => ({ metadata: { ...upload.metadata, userId: this.actor().userId } }),
      onIncomingRequest: (req, id) => this.checkOwner(req, id),
      onUploadFinish: async (_req, upload) => this.finish(upload),
    });
  }

  /** Runs the tus protocol for one request on behalf of an authenticated caller. */
  handle(actor: AuthUser, req: IncomingMessage, res: ServerResponse): Promise<void> {
    return this.actors.run(actor, () => this.server.handle(req, res));
  }

  private actor(): AuthUser {
    const actor = this.actors.getStore();
    if (!actor) throw new Error('tus hook ran outside an authenticated request');
    return actor;
  }

  private async authorize(req: Request, metadata: Record<string, string | null> | undefined): Promise<string> {
    const videoId = metadata?.videoId ?? '';
    const size = Number.parseInt(req.headers.get('upload-length') ?? '', 10);
    if (!videoId) throw refusal(DomainError.validation([{ field: 'Upload-Metadata.videoId', message: 'videoId is required' }]));
    if (!Number.isFinite(size)) throw refusal(DomainError.validation([{ field: 'Upload-Length', message: 'Upload-Length is required (deferred length is not supported)' }]));
    try {
      const { objectKey } = await this.media.send(MediaPatterns.AuthorizeUpload, { actor: this.actor(), videoId, size, filename: metadata?.filename ?? '', kind: uploadKind(metadata?.kind) });
      return objectKey;
    } catch (error) {
      throw refusal(error);
    }
  }

  /** Only the uploader (or an admin) may resume, query or end an upload. */
  private async checkOwner(req: Request, id: string): Promise<void> {
    if (req.method === 'POST') return;
    const actor = this.actor();
    let upload: Upload;
    try {
      upload = await this.store.getUpload(id);
    } catch (error) {
      this.logger.debug({ msg: 'unknown upload', id, err: String(error) });
      throw refusal(DomainError.notFound('The upload'));
    }
    if (upload.metadata?.userId !== actor.userId && actor.role !== 'admin') throw refusal(DomainError.notFound('The upload'));
  }

  private async finish(upload: Upload): Promise<Record<string, never>> {
    const videoId = upload.metadata?.videoId ?? '';
    try {
      await this.media.send(MediaPatterns.CompleteUpload, { actor: this.actor(), videoId, objectKey: upload.id, size: upload.size ?? upload.offset, kind: uploadKind(upload.metadata?.kind) });
      return {};
    } catch (error) {
      throw refusal(error);
    }
  }
}
