import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MediaPatterns, PlaybackRequest, PlaylistRequest, SegmentRequest, StreamRequest, type KeyResponse, type PlaylistResponse, type SegmentResponse, type StreamResponse } from '@onstream/common';
import { PlaybackService } from './playback.service.js';

@Controller()
export class PlaybackController {
  constructor(private readonly playback: PlaybackService) {}

  @MessagePattern(MediaPatterns.StartStream)
  start(@Payload() request: StreamRequest): Promise<StreamResponse> {
    return this.playback.start(request);
  }

  @MessagePattern(MediaPatterns.GetPlaylist)
  playlist(@Payload() request: PlaylistRequest): Promise<PlaylistResponse> {
    return this.playback.playlist(request);
  }

  @MessagePattern(MediaPatterns.GetStoryboard)
  storyboard(@Payload() request: PlaybackRequest): Promise<PlaylistResponse> {
    return this.playback.storyboard(request);
  }

  @MessagePattern(MediaPatterns.GetKey)
  key(@Payload() request: PlaybackRequest): Promise<KeyResponse> {
    return this.playback.key(request);
  }

  @MessagePattern(MediaPatterns.GetSegment)
  segment(@Payload() request: SegmentRequest): Promise<SegmentResponse> {
    return this.playback.segment(request);
  }
}
