import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuthorizeUploadRequest, MediaPatterns, UploadCompletedRequest, type AuthorizeUploadResponse, type UploadCompletedResponse } from '@onstream/common';
import { UploadsService } from './uploads.service.js';

@Controller()
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @MessagePattern(MediaPatterns.AuthorizeUpload)
  authorize(@Payload() request: AuthorizeUploadRequest): Promise<AuthorizeUploadResponse> {
    return this.uploads.authorize(request);
  }

  @MessagePattern(MediaPatterns.CompleteUpload)
  complete(@Payload() request: UploadCompletedRequest): Promise<UploadCompletedResponse> {
    return this.uploads.complete(request);
  }
}
