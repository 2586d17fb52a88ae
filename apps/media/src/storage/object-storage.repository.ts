import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AbortMultipartUploadCommand, DeleteObjectsCommand, GetObjectCommand, ListMultipartUploadsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pLimit from 'p-limit';
import { MediaConfig } from '../media.config.js';

/** Objects uploadDirectory puts at once. */
const UPLOAD_CONCURRENCY = 8;

const CONTENT_TYPES: Record<string, string> = {
  m3u8: 'application/vnd.apple.mpegurl',
  m4s: 'video/iso.segment',
  mp4: 'video/mp4',
  jpg: 'image/jpeg',
  vtt: 'text/vtt',
};

function contentType(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** S3 access for media: every key passes through `key()` so a deployment's prefix applies everywhere. */
@Injectable()
export class ObjectStorage implements OnApplicationShutdown {
  private readonly s3: S3Client;
  /** Signs URLs for the host players use, which may differ from the one this process reaches. */
  private readonly publicS3: S3Client;
  private readonly bucket: string;

  constructor(@Inject(MediaConfig) private readonly config: MediaConfig) {
    const client = (endpoint: string) =>
      new S3Client({
        endpoint,
        region: config.S3_REGION,
        forcePathStyle: true,
        credentials: { accessKeyId: config.S3_ACCESS_KEY, secretAccessKey: config.S3_SECRET_KEY },
      });
    this.s3 = client(config.S3_ENDPOINT);
    this.publicS3 = client(config.s3PublicEndpoint);
    this.bucket = config.S3_BUCKET;
  }

  /** The full key of a deployment-relative path. */
  key(path: string): string {
    return `${this.config.S3_KEY_PREFIX}${path}`;
  }

  async download(key: string, file: string): Promise<void> {
    const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    await pipeline(object.Body as Readable, createWriteStream(file));
  }

  async readText(key: string): Promise<string> {
    const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!object.Body) throw new Error(`empty body for ${key}`);
    return object.Body.transformToString('utf8');
  }

  async readBuffer(key: string): Promise<Buffer> {
    const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!object.Body) throw new Error(`empty body for ${key}`);
    return Buffer.from(await object.Body.transformToByteArray());
  }

  async putBuffer(key: string, data: Buffer): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: data, ContentLength: data.length, ContentType: contentType(key) }));
  }

  /** Uploads every file under `dir` to `prefix` + its relative path; returns the keys written. */
  async uploadDirectory(dir: string, prefix: string): Promise<string[]> {
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
    // A ladder is a hundred-odd small segments: several PUTs in flight instead of one after another.
    const limit = pLimit(UPLOAD_CONCURRENCY);
    return Promise.all(
      files.map((file) =>
        limit(async () => {
          const key = `${prefix}${relative(dir, file).split('\\').join('/')}`;
          const { size } = await stat(file);
          await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: createReadStream(file), ContentLength: size, ContentType: contentType(key) }));
          return key;
        }),
      ),
    );
  }

  async presignGet(key: string, expiresInSeconds: number, signingDate?: Date): Promise<string> {
    return getSignedUrl(this.publicS3, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: expiresInSeconds, signingDate });
  }

  async deleteKeys(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      if (batch.length === 0) continue;
      await this.s3.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
    }
  }

  async listKeys(prefix: string): Promise<string[]> {
    return (await this.listObjects(prefix)).map((object) => object.key);
  }

  async listObjects(prefix: string): Promise<Array<{ key: string; modifiedAt: Date }>> {
    const objects: Array<{ key: string; modifiedAt: Date }> = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key) objects.push({ key: object.Key, modifiedAt: object.LastModified ?? new Date(0) });
      token = page.NextContinuationToken;
    } while (token);
    return objects;
  }

  /** S3 multipart uploads started under a prefix and neither completed nor aborted. */
  async listMultipartUploads(prefix: string): Promise<Array<{ key: string; uploadId: string; startedAt: Date }>> {
    const uploads: Array<{ key: string; uploadId: string; startedAt: Date }> = [];
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    for (;;) {
      const page = await this.s3.send(new ListMultipartUploadsCommand({ Bucket: this.bucket, Prefix: prefix, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }));
      for (const upload of page.Uploads ?? []) {
        if (upload.Key && upload.UploadId) uploads.push({ key: upload.Key, uploadId: upload.UploadId, startedAt: upload.Initiated ?? new Date(0) });
      }
      if (!page.IsTruncated) return uploads;
      keyMarker = page.NextKeyMarker;
      uploadIdMarker = page.NextUploadIdMarker;
    }
  }

  /** Aborts a multipart upload; S3 frees the parts stored so far. */
  async abortMultipartUpload(key: string, uploadId: string): Promise<void> {
    await this.s3.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId }));
  }

  async deletePrefix(prefix: string): Promise<number> {
    const keys = await this.listKeys(prefix);
    await this.deleteKeys(keys);
    return keys.length;
  }

  onApplicationShutdown(): void {
    this.s3.destroy();
    this.publicS3.destroy();
  }
}
