import { Injectable, Logger } from '@nestjs/common';
import { outsideRequest } from '@onstream/common';
import type { Types } from 'mongoose';
import { CommentsRepository } from './comments.repository.js';

/**
 * Keeps each comment's "top" sort key (its stored like count) in step,
 * coalesced: while one recount of a comment runs, further likes only mark it dirty, so a burst of
 * 200 likes costs a few writes to the comment instead of 200 contending ones.
 */
@Injectable()
export class LikeCountRefresher {
  private readonly logger = new Logger(LikeCountRefresher.name);
  private readonly running = new Map<string, { dirty: boolean; done: Promise<void> }>();

  constructor(private readonly comments: CommentsRepository) {}

  /** Recounts; callers that arrive while one runs share it and settle once the key includes their change. */
  refresh(commentId: Types.ObjectId): Promise<void> {
    const key = commentId.toHexString();
    const current = this.running.get(key);
    if (current) {
      current.dirty = true;
      return current.done;
    }
    const state = { dirty: false, done: Promise.resolve() };
    // Shared by the likes that arrive meanwhile, so not bounded by the deadline of the one that started it.
    state.done = outsideRequest(async () => {
      try {
        do {
          state.dirty = false;
          await this.comments.refreshLikeCount(commentId);
        } while (state.dirty);
      } catch (error) {
        this.logger.warn({ msg: 'like count not refreshed; the next like retries', commentId: key, err: error instanceof Error ? error.message : String(error) });
      } finally {
        this.running.delete(key);
      }
    });
    this.running.set(key, state);
    return state.done;
  }
}
