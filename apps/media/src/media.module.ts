import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { MongooseModule } from '@nestjs/mongoose';
import { Clock, JetStreamModule, MEDIA_STREAM, MEDIA_VIDEO_STREAM, PlaybackSessionIds, playbackSessionSecret, ServiceClientsModule, serviceDatabase, ServiceHealthController, watchRedisConnection } from '@onstream/common';
import { Video, VideoSchema } from '@onstream/common/schemas/video.schema.js';
import { Redis } from 'ioredis';
import { CaptionPlaybackService } from './captions/caption-playback.service.js';
import { CaptionsController } from './captions/captions.controller.js';
import { CaptionsService } from './captions/captions.service.js';
import { MediaStartProbe } from './captions/media-start.probe.js';
import { AdBreaksService } from './ads/ad-breaks.service.js';
import { AdsController } from './ads/ads.controller.js';
import { HouseAdRepository } from './ads/house-ad.repository.js';
import { HealthModule } from './health/health.module.js';
import { MediaConfig } from './media.config.js';
import { AssetTextCache } from './playback/playback-caches.js';
import { BillingEntitlementPolicy, EntitlementPolicy } from './playback/entitlement.policy.js';
import { PlaybackController } from './playback/playback.controller.js';
import { PlaybackTokens } from './playback/playback-token.js';
import { PlaybackAccess } from './playback/playback-access.js';
import { PlaybackGrants } from './playback/playback-grants.js';
import { ViewerRules } from './playback/viewer-rules.js';
import { PlaybackService } from './playback/playback.service.js';
import { StreamSlots } from './playback/stream-slots.js';
import { ObjectStorage } from './storage/object-storage.repository.js';
import { AssetPackager } from './transcode/asset-packager.js';
import { FfmpegRepository } from './transcode/ffmpeg.repository.js';
import { JobQueue } from './transcode/job-queue.js';
import { SourceProbe } from './transcode/source-probe.js';
import { JobWorker } from './transcode/job.worker.js';
import { MEDIA_QUEUE } from './transcode/jobs.js';
import { StoryboardWriter } from './transcode/storyboard.writer.js';
import { TranscodeService } from './transcode/transcode.service.js';
import { ImageRepository } from './thumbnails/image.repository.js';
import { ThumbnailsService } from './thumbnails/thumbnails.service.js';
import { UploadCleanupService } from './uploads/upload-cleanup.service.js';
import { UploadsController } from './uploads/uploads.controller.js';
import { UploadsService } from './uploads/uploads.service.js';
import { VideoCleanupService } from './videos/video-cleanup.service.js';
import { VideoModerationController } from './videos/video-moderation.controller.js';
import { VideoModerationService } from './videos/video-moderation.service.js';
import { VideosController } from './videos/videos.controller.js';
import { MediaOutbox } from './events/media-outbox.js';
import { VideosRepository } from './videos/videos.repository.js';
import { VideosService } from './videos/videos.service.js';

@Module({})
export class MediaModule {
  static forRoot(config: MediaConfig): DynamicModule {
    // Job handlers and the worker exist only where workers run; API-only replicas just enqueue.
    const workers: Provider[] = config.runsWorkers ? [TranscodeService, VideoCleanupService, UploadCleanupService, AssetPackager, StoryboardWriter, JobWorker] : [];
    return {
      module: MediaModule,
      global: true,
      imports: [
        serviceDatabase(config, 'media'),
        MongooseModule.forFeature([{ name: Video.name, schema: VideoSchema }]),
        // BullMQ needs maxRetriesPerRequest: null on its blocking connections.
        BullModule.forRoot({ connection: watchRedisConnection(new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: true }), 'job queue'), prefix: config.queuePrefix }),
        BullModule.registerQueue({ name: MEDIA_QUEUE }),
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'media', streams: [MEDIA_STREAM, MEDIA_VIDEO_STREAM] }),
        // Entitlements are billing's and sessions users': asked over NATS at stream start and grant renewal.
        ServiceClientsModule.forRoot({ servers: config.natsServers, timeoutMs: config.NATS_REQUEST_TIMEOUT_MS, name: 'media-client' }),
        ...(config.runsWorkers ? [DiscoveryModule] : []),
        HealthModule,
      ],
      controllers: [ServiceHealthController('media'), VideosController, UploadsController, PlaybackController, VideoModerationController, CaptionsController, AdsController],
      providers: [
        { provide: MediaConfig, useValue: config },
        Clock,
        ObjectStorage,
        FfmpegRepository,
        SourceProbe,
        JobQueue,
        VideosRepository,
        MediaOutbox,
        VideosService,
        VideoModerationService,
        UploadsService,
        ThumbnailsService,
        ImageRepository,
        PlaybackTokens,
        { provide: PlaybackSessionIds, useValue: new PlaybackSessionIds(playbackSessionSecret(config)) },
        PlaybackService,
        CaptionsService,
        CaptionPlaybackService,
        MediaStartProbe,
        PlaybackAccess,
        AdBreaksService,
        HouseAdRepository,
        PlaybackGrants,
        ViewerRules,
        { provide: EntitlementPolicy, useClass: BillingEntitlementPolicy },
        StreamSlots,
        AssetTextCache,
        ...workers,
      ],
      exports: [MediaConfig],
    };
  }
}
