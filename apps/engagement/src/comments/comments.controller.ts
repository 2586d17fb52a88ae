import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CommentActionRequest, CommentSettingsRequest, CreateCommentRequest, EditCommentRequest, EngagementPatterns, ListCommentsRequest, ListRepliesRequest,
  SetCommentSettingsRequest, type CommentLikeResponse, type CommentPage, type CommentResponse, type CommentSettingsResponse,
} from '@onstream/common';
import { CommentLikesService } from './comment-likes.service.js';
import { CommentSettingsService } from './comment-settings.service.js';
import { CommentsService } from './comments.service.js';

@Controller()
export class CommentsController {
  constructor(
    private readonly comments: CommentsService,
    private readonly likes: CommentLikesService,
    private readonly settings: CommentSettingsService,
  ) {}

  @MessagePattern(EngagementPatterns.CreateComment)
  create(@Payload() request: CreateCommentRequest): Promise<CommentResponse> {
    return this.comments.create(request);
  }

  @MessagePattern(EngagementPatterns.ListComments)
  list(@Payload() request: ListCommentsRequest): Promise<CommentPage> {
    return this.comments.list(request);
  }

  @MessagePattern(EngagementPatterns.ListReplies)
  replies(@Payload() request: ListRepliesRequest): Promise<CommentPage> {
    return this.comments.replies(request);
  }

  @MessagePattern(EngagementPatterns.EditComment)
  edit(@Payload() request: EditCommentRequest): Promise<CommentResponse> {
    return this.comments.edit(request);
  }

  @MessagePattern(EngagementPatterns.DeleteComment)
  delete(@Payload() request: CommentActionRequest): Promise<CommentResponse> {
    return this.comments.delete(request);
  }

  @MessagePattern(EngagementPatterns.LikeComment)
  like(@Payload() request: CommentActionRequest): Promise<CommentLikeResponse> {
    return this.likes.like(request);
  }

  @MessagePattern(EngagementPatterns.UnlikeComment)
  unlike(@Payload() request: CommentActionRequest): Promise<CommentLikeResponse> {
    return this.likes.unlike(request);
  }

  @MessagePattern(EngagementPatterns.GetCommentSettings)
  getSettings(@Payload() request: CommentSettingsRequest): Promise<CommentSettingsResponse> {
    return this.settings.get(request);
  }

  @MessagePattern(EngagementPatterns.SetCommentSettings)
  setSettings(@Payload() request: SetCommentSettingsRequest): Promise<CommentSettingsResponse> {
    return this.settings.set(request);
  }
}
