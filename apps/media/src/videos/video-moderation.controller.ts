import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MediaPatterns, SetVideoHiddenRequest, VideoLookupRequest, type VideoRef } from '@onstream/common';
import { VideoModerationService } from './video-moderation.service.js';

@Controller()
export class VideoModerationController {
  constructor(private readonly moderation: VideoModerationService) {}

  @MessagePattern(MediaPatterns.LookupVideo)
  lookup(@Payload() request: VideoLookupRequest): Promise<VideoRef> {
    return this.moderation.lookup(request);
  }

  @MessagePattern(MediaPatterns.SetVideoHidden)
  setHidden(@Payload() request: SetVideoHiddenRequest): Promise<VideoRef> {
    return this.moderation.setHidden(request);
  }
}
