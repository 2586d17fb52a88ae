import { Module } from '@nestjs/common';
import { CaptionsController } from './captions.controller.js';
import { AdsController } from './ads.controller.js';
import { PlaybackController } from './playback.controller.js';
import { TusUploadServer } from './tus-upload.server.js';
import { UploadsController } from './uploads.controller.js';
import { VideosController } from './videos.controller.js';

/** The media edge: video management, resumable uploads (tus → S3) and HLS playback delivery. */
@Module({
  controllers: [VideosController, UploadsController, PlaybackController, CaptionsController, AdsController],
  providers: [TusUploadServer],
  // Seed 004's /upload/video and /upload/thumbnail start the same tus uploads.
  exports: [TusUploadServer],
})
export class MediaEdgeModule {}
