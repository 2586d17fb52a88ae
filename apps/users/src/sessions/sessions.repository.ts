import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { DeviceType } from '@onstream/common';
import { Session, type SessionDocument } from '@onstream/common/schemas/session.schema.js';
import { isValidObjectId, Types, type Model } from 'mongoose';

export interface NewSession {
  id: string;
  userId: string;
  kind: 'account' | 'device';
  profileId: string | null;
  refreshHash: string;
  deviceName: string;
  deviceType: DeviceType;
  userAgent: string;
  ip: string;
  now: Date;
  expiresAt: Date;
}

export interface Rotation {
  sessionId: string;
  fromGeneration: number;
  refreshHash: string;
  ip: string;
  userAgent: string;
  now: Date;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectModel(Session.name) private readonly sessions: Model<Session>) {}

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(session: NewSession): Promise<SessionDocument> {
    const { id, now, ...fields } = session;
    return this.sessions.create({ _id: id, ...fields, generation: 0, lastSeenAt: now });
  }

  findById(id: string): Promise<SessionDocument | null> {
    return this.sessions.findById(id).exec();
  }

  /**
   * Moves the session to the next refresh token, only if it is still live and still at the given
   * generation: of two concurrent uses of one token, exactly one wins.
   */
  rotate(rotation: Rotation): Promise<SessionDocument | null> {
    return this.sessions
      .findOneAndUpdate(
        { _id: rotation.sessionId, generation: rotation.fromGeneration, revokedAt: null },
        { $set: { generation: rotation.fromGeneration + 1, refreshHash: rotation.refreshHash, lastSeenAt: rotation.now, ip: rotation.ip, userAgent: rotation.userAgent } },
        { returnDocument: 'after' },
      )
      .exec();
  }

  /** Points a live session at a profile: its later access tokens (refreshes too) are scoped to it. */
  selectProfile(sessionId: string, userId: string, profileId: string): Promise<SessionDocument | null> {
    return this.sessions.findOneAndUpdate({ _id: sessionId, userId, revokedAt: null }, { $set: { profileId } }, { returnDocument: 'after' }).exec();
  }

  /** Live sessions using a profile (selected or bound), e.g. when the profile is deleted. */
  async findLiveIdsWithProfile(userId: string, profileId: string): Promise<string[]> {
    const live = await this.sessions.find({ userId, profileId, revokedAt: null }, { _id: 1 }).exec();
    return live.map((session) => session.id as string);
  }

  /** Live sessions of a user, most recently seen first. */
  findActive(userId: string, now: Date): Promise<SessionDocument[]> {
    return this.sessions.find({ userId, revokedAt: null, expiresAt: { $gt: now } }).sort({ lastSeenAt: -1, _id: -1 }).exec();
  }

  /** Ends the given live sessions of this user; returns the ids that were live. */
  async revoke(userId: string, sessionIds: string[], reason: string, now: Date): Promise<string[]> {
    // Ids come from tokens and URLs: anything but an ObjectId names no session (and must not reach the driver).
    const candidates = sessionIds.filter((id) => isValidObjectId(id));
    if (candidates.length === 0) return [];
    const live = await this.sessions.find({ _id: { $in: candidates }, userId, revokedAt: null }, { _id: 1 }).exec();
    const ids = live.map((session) => session.id as string);
    if (ids.length > 0) await this.sessions.updateMany({ _id: { $in: ids }, revokedAt: null }, { $set: { revokedAt: now, revokedReason: reason } }).exec();
    return ids;
  }

  /** Ends every live session of a user but `exceptId`; returns their ids (for the denylist). */
  async revokeAllOfUser(userId: string, reason: string, now: Date, exceptId?: string): Promise<string[]> {
    const live = await this.sessions.find({ userId, revokedAt: null, ...(exceptId ? { _id: { $ne: exceptId } } : {}) }, { _id: 1 }).exec();
    return this.revoke(userId, live.map((session) => session.id as string), reason, now);
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.sessions.deleteMany({ userId }).exec();
  }
}
