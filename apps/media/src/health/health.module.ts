import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { HealthReporter, pingMongo, watchRedisConnection } from '@onstream/common';
import { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import { MediaConfig } from '../media.config.js';

/** Probe-only connections to the stores media depends on: Redis (transcode queues) and S3 (objects). */
class StoreProbes implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly s3: S3Client;

  constructor(@Inject(MediaConfig) private readonly config: MediaConfig) {
    this.redis = watchRedisConnection(new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }), 'health check');
    this.s3 = new S3Client({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: config.S3_ACCESS_KEY, secretAccessKey: config.S3_SECRET_KEY },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.s3.destroy();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Module({
  providers: [
    StoreProbes,
    {
      provide: HealthReporter,
      useFactory: (mongo: Connection, stores: StoreProbes, config: MediaConfig) =>
        new HealthReporter('media', {
          mongo: () => pingMongo(mongo),
          redis: () => stores.redis.ping(),
          s3: () => stores.s3.send(new HeadBucketCommand({ Bucket: config.S3_BUCKET })),
        }),
      inject: [getConnectionToken(), StoreProbes, MediaConfig],
    },
  ],
  exports: [HealthReporter],
})
export class HealthModule {}
