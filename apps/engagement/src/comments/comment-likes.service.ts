import { Injectable } from '@nestjs/common';
import type { CommentActionRequest, CommentLikeResponse } from '@onstream/common';
import { Clock, FreshReads } from '@onstream/common';
import { Types } from 'mongoose';
import { EngagementConfig } from '../engagement.config.js';
import { actorKeyOf } from '../shared/actor-key.js';
import { requireVisible } from './comment-access.js';
import { CommentsRepository, type CommentRecord } from './comments.repository.js';
import { LikeCountRefresher } from './like-count-refresher.js';

/**
 * One like per profile (or account) and comment; liking twice or unliking twice changes nothing.
 * A burst of likes on one comment shares its reads (the comment, its count), each one started after
 * the callers sharing it asked, so each still sees its own like.
 */
@Injectable()
export class CommentLikesService {
  private readonly commentReads: FreshReads<CommentRecord | null>;
  private readonly likeCounts: FreshReads<number>;

  constructor(
    private readonly comments: CommentsRepository,
    private readonly refresher: LikeCountRefresher,
    private readonly clock: Clock,
    config: EngagementConfig,
  ) {
    this.commentReads = new FreshReads((id) => comments.findById(id), config.NATS_REQUEST_TIMEOUT_MS);
    this.likeCounts = new FreshReads((id) => comments.countLikes(new Types.ObjectId(id)), config.NATS_REQUEST_TIMEOUT_MS);
  }

  async like({ actor, commentId }: CommentActionRequest): Promise<CommentLikeResponse> {
    const comment = requireVisible(await this.commentReads.get(commentId));
    if (await this.comments.addLike(comment._id, actorKeyOf(actor), this.clock.now())) await this.refresher.refresh(comment._id);
    return { commentId, liked: true, likeCount: await this.likeCounts.get(comment._id.toHexString()) };
  }

  async unlike({ actor, commentId }: CommentActionRequest): Promise<CommentLikeResponse> {
    const comment = requireVisible(await this.commentReads.get(commentId));
    if (await this.comments.removeLike(comment._id, actorKeyOf(actor))) await this.refresher.refresh(comment._id);
    return { commentId, liked: false, likeCount: await this.likeCounts.get(comment._id.toHexString()) };
  }
}
