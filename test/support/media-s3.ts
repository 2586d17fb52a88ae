import { DeleteObjectsCommand, ListMultipartUploadsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

const BUCKET = process.env.S3_BUCKET ?? 'onstream-media';

/** Direct S3 access for media e2e tests: what objects exist under a run's key prefix, and cleanup. */
export class MediaBucket {
  private readonly s3 = new S3Client({
    endpoint: process.env.S3_ENDPOINT ?? 'http://127.0.0.1:9000',
    region: process.env.S3_REGION ?? 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: process.env.S3_ACCESS_KEY ?? 'onstream', secretAccessKey: process.env.S3_SECRET_KEY ?? 'onstream-secret' },
  });

  async keys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.NextContinuationToken;
    } while (token);
    return keys;
  }

  /** Keys of multipart uploads started under the prefix and neither completed nor aborted. */
  async multipartUploads(prefix: string): Promise<string[]> {
    const page = await this.s3.send(new ListMultipartUploadsCommand({ Bucket: BUCKET, Prefix: prefix }));
    return (page.Uploads ?? []).map((upload) => upload.Key ?? '');
  }

  async removeAll(prefix: string): Promise<void> {
    const keys = await this.keys(prefix);
    for (let i = 0; i < keys.length; i += 1000) {
      await this.s3.send(new DeleteObjectsCommand({ Bucket: BUCKET, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })) } }));
    }
  }

  close(): void {
    this.s3.destroy();
  }
}
