import { jest } from '@jest/globals';
import { AnalyticsEvents, type Clock, DomainError, EngagementEvents } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { Types } from 'mongoose';
import type { EngagementConfig } from '../engagement.config.js';
import type { EngagementOutbox } from '../events/engagement-outbox.js';
import type { FaultPoints } from '../faults/fault-points.js';
import type { AuditRepository } from '../moderation/audit.repository.js';
import type { TargetDirectory } from '../targets/target-directory.js';
import { actor, commentRecord, NOW } from '../testing/factories.js';
import type { CommentSettingsRepository } from './comment-settings.repository.js';
import type { CommentsRepository } from './comments.repository.js';
import { CommentsService } from './comments.service.js';

const VIDEO = '665f1c2e9b1e8a0012345678';
const config = { COMMENT_MAX_CHARS: 20, COMMENT_EDIT_WINDOW_SECONDS: 60 } as EngagementConfig;

interface Setup {
  comments?: Partial<CommentsRepository>;
  targets?: Partial<TargetDirectory>;
  enabled?: boolean;
  now?: Date;
}

function setup({ comments = {}, targets = {}, enabled = true, now = NOW }: Setup) {
  const kick = jest.fn<EngagementOutbox['kick']>();
  const record = jest.fn<AuditRepository['record']>().mockResolvedValue(undefined);
  const service = new CommentsService(
    strictMock<CommentsRepository>('CommentsRepository', comments),
    strictMock<CommentSettingsRepository>('CommentSettingsRepository', { commentsEnabled: async () => enabled }),
    strictMock<TargetDirectory>('TargetDirectory', { resolve: async () => ({ ownerId: 'creator', hidden: false }), ...targets }),
    strictMock<AuditRepository>('AuditRepository', { record }),
    strictMock<EngagementOutbox>('EngagementOutbox', { kick }),
    strictMock<FaultPoints>('FaultPoints', { holdUntilNatsDown: async () => undefined, crash: () => undefined }),
    config,
    strictMock<Clock>('Clock', { now: () => now }),
  );
  return { service, kick, record };
}

const newComment = (text: string, parentId?: string) => ({ targetType: 'video' as const, targetId: VIDEO, text, ...(parentId && { parentId }) });

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('CommentsService.create', () => {
  it('stores cleaned text with comment.created (no replied event) in the same insert, and wakes the relay', async () => {
    const insert = jest.fn<CommentsRepository['insert']>(async (c) => commentRecord({ ...c }));
    const { service, kick } = setup({ comments: { insert } });
    const created = await service.create({ actor: actor('bob'), comment: newComment('hi\u200B there\u0007') });
    expect(created).toMatchObject({ text: 'hi there', replyCount: 0, likeCount: 0 });
    expect(insert).toHaveBeenCalledWith(expect.objectContaining({ text: 'hi there', parentId: null, authorUserId: 'bob' }), [
      expect.objectContaining({ type: EngagementEvents.CommentCreated, id: `comment-${created.id}`, data: expect.objectContaining({ commentId: created.id, parentCommentId: null }) }),
      expect.objectContaining({ type: AnalyticsEvents.PlaybackBatch, id: `eng-comment-${created.id}` }),
    ]);
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it('attaches a reply to a reply to the thread’s top-level comment and tells the replied-to author', async () => {
    const root = commentRecord({ authorUserId: 'alice' });
    const reply = commentRecord({ authorUserId: 'carol', parentId: root._id });
    const insert = jest.fn<CommentsRepository['insert']>(async (c) => commentRecord({ ...c }));
    const markHasReplies = jest.fn<CommentsRepository['markHasReplies']>().mockResolvedValue(undefined);
    const { service } = setup({ comments: { insert, markHasReplies, findById: async () => reply } });
    const created = await service.create({ actor: actor('bob'), comment: newComment('agreed', reply._id.toHexString()) });
    expect(created.parentId).toBe(root._id.toHexString());
    expect(markHasReplies).toHaveBeenCalledWith(root._id);
    const replied = insert.mock.calls[0]?.[1].find((event) => event.type === EngagementEvents.CommentReplied);
    expect(replied).toMatchObject({ id: `reply-${created.id}`, data: { parentCommentId: reply._id.toHexString(), parentAuthorUserId: 'carol', replierUserId: 'bob' } });
  });

  it('refuses a reply to a deleted comment with 409 before storing anything', async () => {
    const { service } = setup({ comments: { findById: async () => commentRecord({ status: 'deleted' }) } });
    expect(await failure(service.create({ actor: actor('bob'), comment: newComment('late', new Types.ObjectId().toHexString()) }))).toMatchObject({ status: 409, code: 'ENGAGEMENT.PARENT_COMMENT_DELETED' });
  });

  it('refuses when comments are off, and kid profiles always', async () => {
    const { service } = setup({ enabled: false });
    expect(await failure(service.create({ actor: actor('bob'), comment: newComment('hi') }))).toMatchObject({ status: 403, code: 'ENGAGEMENT.COMMENTS_DISABLED' });
    expect(await failure(service.create({ actor: actor('kid', 'viewer', { kidProfile: true }), comment: newComment('hi') }))).toMatchObject({ status: 403 });
  });

  it('passes a missing target’s 404 on', async () => {
    const { service } = setup({ targets: { resolve: async () => Promise.reject(new DomainError('ENGAGEMENT.TARGET_NOT_FOUND', 404, 'gone')) } });
    expect((await failure(service.create({ actor: actor('bob'), comment: newComment('hi') }))).status).toBe(404);
  });
});

describe('CommentsService.edit', () => {
  it('lets the author edit inside the window and nobody else', async () => {
    const comment = commentRecord({ authorUserId: 'alice', createdAt: new Date(NOW.getTime() - 30_000) });
    const setText = jest.fn<CommentsRepository['setText']>(async (_id, text) => ({ ...comment, text, editedAt: NOW }));
    const counts = { replyCounts: async () => new Map(), likeCounts: async () => new Map(), likedBy: async () => new Set<string>() };
    const { service } = setup({ comments: { findById: async () => comment, setText, ...counts } });
    await expect(service.edit({ actor: actor('alice'), commentId: comment._id.toHexString(), changes: { text: 'fixed' } })).resolves.toMatchObject({ text: 'fixed' });
    expect(await failure(service.edit({ actor: actor('mallory', 'admin'), commentId: comment._id.toHexString(), changes: { text: 'x' } }))).toMatchObject({ status: 403, code: 'ENGAGEMENT.COMMENT_FORBIDDEN' });
  });

  it('closes the window after COMMENT_EDIT_WINDOW_SECONDS', async () => {
    const comment = commentRecord({ authorUserId: 'alice', createdAt: new Date(NOW.getTime() - 61_000) });
    const { service } = setup({ comments: { findById: async () => comment } });
    expect(await failure(service.edit({ actor: actor('alice'), commentId: comment._id.toHexString(), changes: { text: 'late' } }))).toMatchObject({ status: 403, code: 'ENGAGEMENT.EDIT_WINDOW_CLOSED' });
  });
});

describe('CommentsService.delete', () => {
  const deleting = (comment = commentRecord()) => ({
    findById: async () => comment,
    setStatus: jest.fn<CommentsRepository['setStatus']>(async () => ({ ...comment, status: 'deleted' as const, text: null })),
  });

  it('lets the video’s creator delete and records it in the audit trail', async () => {
    const repo = deleting();
    const { service, record } = setup({ comments: repo, targets: { videoOwnerFor: async () => 'creator' } });
    await expect(service.delete({ actor: actor('creator', 'creator'), commentId: 'c1' })).resolves.toMatchObject({ deleted: true, text: null });
    expect(record).toHaveBeenCalledWith(expect.objectContaining({ userId: 'creator' }), 'comment.deleted', { targetType: 'comment', targetId: 'c1' }, NOW);
  });

  it('refuses another viewer and a creator of some other video', async () => {
    const { service } = setup({ comments: deleting(), targets: { videoOwnerFor: async () => 'creator' } });
    expect((await failure(service.delete({ actor: actor('eve'), commentId: 'c1' }))).status).toBe(403);
    expect((await failure(service.delete({ actor: actor('other', 'creator'), commentId: 'c1' }))).status).toBe(403);
  });

  it('lets the author and staff delete without asking media', async () => {
    const repo = deleting();
    const { service, record } = setup({ comments: repo });
    await service.delete({ actor: actor('alice'), commentId: 'c1' });
    await service.delete({ actor: actor('mod', 'staff'), commentId: 'c1' });
    expect(record).toHaveBeenCalledTimes(1);
  });
});
