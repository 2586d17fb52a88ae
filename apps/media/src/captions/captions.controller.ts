import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CaptionPlaybackRequest, CaptionRef, MediaPatterns, PutCaptionRequest, VideoCaptionsRequest, type CaptionFileResponse, type CaptionListResponse, type CaptionResponse, type PlaylistResponse } from '@onstream/common';
import { CaptionPlaybackService } from './caption-playback.service.js';
import { CaptionsService } from './captions.service.js';

@Controller()
export class CaptionsController {
  constructor(
    private readonly captions: CaptionsService,
    private readonly playback: CaptionPlaybackService,
  ) {}

  @MessagePattern(MediaPatterns.PutCaption)
  put(@Payload() request: PutCaptionRequest): Promise<CaptionResponse> {
    return this.captions.put(request);
  }

  @MessagePattern(MediaPatterns.ListCaptions)
  list(@Payload() request: VideoCaptionsRequest): Promise<CaptionListResponse> {
    return this.captions.list(request);
  }

  @MessagePattern(MediaPatterns.GetCaption)
  get(@Payload() request: CaptionRef): Promise<CaptionFileResponse> {
    return this.captions.get(request);
  }

  @MessagePattern(MediaPatterns.DeleteCaption)
  remove(@Payload() request: CaptionRef): Promise<CaptionListResponse> {
    return this.captions.remove(request);
  }

  @MessagePattern(MediaPatterns.GetCaptionPlaylist)
  file(@Payload() request: CaptionPlaybackRequest): Promise<PlaylistResponse> {
    return this.playback.file(request);
  }
}
