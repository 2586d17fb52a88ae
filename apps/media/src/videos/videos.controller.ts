import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateVideoRequest,
  ListVideosRequest,
  MediaPatterns,
  UpdateVideoRequest,
  VideoIdRequest,
  type VideoListResponse,
  type VideoResponse,
} from '@onstream/common';
import { VideosService } from './videos.service.js';

@Controller()
export class VideosController {
  constructor(private readonly videos: VideosService) {}

  @MessagePattern(MediaPatterns.CreateVideo)
  create(@Payload() request: CreateVideoRequest): Promise<VideoResponse> {
    return this.videos.create(request);
  }

  @MessagePattern(MediaPatterns.GetVideo)
  get(@Payload() request: VideoIdRequest): Promise<VideoResponse> {
    return this.videos.get(request);
  }

  @MessagePattern(MediaPatterns.ListVideos)
  list(@Payload() request: ListVideosRequest): Promise<VideoListResponse> {
    return this.videos.list(request);
  }

  @MessagePattern(MediaPatterns.UpdateVideo)
  update(@Payload() request: UpdateVideoRequest): Promise<VideoResponse> {
    return this.videos.update(request);
  }

  @MessagePattern(MediaPatterns.DeleteVideo)
  remove(@Payload() request: VideoIdRequest): Promise<VideoResponse> {
    return this.videos.remove(request);
  }
}
