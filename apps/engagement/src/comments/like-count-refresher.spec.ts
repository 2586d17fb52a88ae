import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { Types } from 'mongoose';
import type { CommentsRepository } from './comments.repository.js';
import { LikeCountRefresher } from './like-count-refresher.js';

describe('LikeCountRefresher', () => {
  it('coalesces a burst into one running recount plus one more for the changes that arrived meanwhile', async () => {
    const releases: Array<() => void> = [];
    let recounts = 0;
    const refreshLikeCount = async () => {
      recounts++;
      await new Promise<void>((resolve) => releases.push(resolve));
    };
    const refresher = new LikeCountRefresher(strictMock<CommentsRepository>('CommentsRepository', { refreshLikeCount }));
    const id = new Types.ObjectId();
    const burst = Array.from({ length: 50 }, () => refresher.refresh(id));
    releases.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
    releases.shift()?.();
    await Promise.all(burst);
    expect(recounts).toBe(2);
  });

  it('lets the next like retry after a failed recount', async () => {
    let calls = 0;
    const refresher = new LikeCountRefresher(strictMock<CommentsRepository>('CommentsRepository', { refreshLikeCount: async () => { calls++; if (calls === 1) throw new Error('mongo down'); } }));
    const id = new Types.ObjectId();
    await refresher.refresh(id);
    await refresher.refresh(id);
    expect(calls).toBe(2);
  });
});
