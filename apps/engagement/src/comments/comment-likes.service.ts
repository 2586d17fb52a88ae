import { Injectable } from '@nestjs/common';
import type { CommentActionRequest, CommentLikeResponse } from '@onstream/common';
import { Clock } from '@onstream/common';
import { actorKeyOf } from '../shared/actor-key.js';
import { requireVisible } from './comment-access.js';
import { CommentsRepository } from './comments.repository.js';
import { LikeCountRefresher } from './like-count-refresher.js';

/** One like per profile (or account) and comment; liking twice or unliking twice changes nothing. */
@Injectable()
export class CommentLikesService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly refresher: LikeCountRefresher,
    private readonly clock: Clock,
  ) {}

  async like({ actor, commentId }: CommentActionRequest): Promise<CommentLikeResponse> {
    const comment = requireVisible(await this.comments.findById(commentId));
    if (await this.comments.addLike(comment._id, actorKeyOf(actor), this.clock.now())) await this.refresher.refresh(comment._id);
    return { commentId, liked: true, likeCount: await this.comments.countLikes(comment._id) };
  }

  async unlike({ actor, commentId }: CommentActionRequest): Promise<CommentLikeResponse> {
    const comment = requireVisible(await this.comments.findById(commentId));
    if (await this.comments.removeLike(comment._id, actorKeyOf(actor))) await this.refresher.refresh(comment._id);
    return { commentId, liked: false, likeCount: await this.comments.countLikes(comment._id) };
  }
}
