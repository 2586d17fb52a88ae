import type { AuthUser } from '@onstream/common';
import { Types } from 'mongoose';
import type { CommentRecord } from '../comments/comments.repository.js';

export const NOW = new Date('2026-11-26T12:00:00Z');

export function actor(userId: string, role: AuthUser['role'] = 'viewer', extra: Partial<AuthUser> = {}): AuthUser {
  return { userId, role, sessionId: 's', tokenType: 'access', kidProfile: false, ...extra };
}

export function commentRecord(overrides: Partial<CommentRecord> = {}): CommentRecord {
  return {
    _id: new Types.ObjectId(),
    targetKey: 'video:665f1c2e9b1e8a0012345678',
    targetType: 'video',
    targetId: '665f1c2e9b1e8a0012345678',
    parentId: null,
    authorUserId: 'alice',
    authorProfileId: null,
    text: 'hello',
    status: 'visible',
    threadHidden: false,
    hasReplies: false,
    likeCount: 0,
    createdAt: NOW,
    editedAt: null,
    deletedAt: null,
    ...overrides,
  };
}
