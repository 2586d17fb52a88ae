import { AuthUser, type Role } from '@onstream/common';
import type { Video, VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { Types } from 'mongoose';

export function actor(role: Role = 'creator', userId = 'user-1'): AuthUser {
  return Object.assign(new AuthUser(), { userId, sessionId: 's-1', role, tokenType: 'access', kidProfile: false });
}

/** A video document as the repository returns it (only the fields services read). */
export function videoDoc(overrides: Partial<Video> & { id?: string } = {}): VideoDocument {
  const { id = new Types.ObjectId().toHexString(), ...fields } = overrides;
  const now = new Date('2026-01-01T00:00:00Z');
  return {
    _id: new Types.ObjectId(id),
    id,
    ownerId: 'user-1',
    title: 'Sunrise',
    category: 'travel',
    tags: [],
    language: 'en',
    visibility: 'public',
    monetizationModel: 'free',
    geoAllow: [],
    geoDeny: [],
    drm: false,
    status: 'awaiting_upload',
    renditions: [],
    createdAt: now,
    updatedAt: now,
    ...fields,
  } as unknown as VideoDocument;
}
