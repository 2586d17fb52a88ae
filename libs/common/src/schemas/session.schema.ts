import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { DeviceTypes, type DeviceType } from '../contracts/users/auth.dto.js';

/**
 * A signed-in device: one login and every refresh token rotated from it (the token family).
 * Owned and registered by the users app only.
 */
@Schema({ collection: 'sessions', timestamps: true })
export class Session {
  @Prop({ required: true, index: true })
  userId!: string;

  /** Generation of the one refresh token that may be used next; older generations are reuse. */
  @Prop({ required: true, default: 0 })
  generation!: number;

  /** SHA-256 of the current refresh token. */
  @Prop({ required: true })
  refreshHash!: string;

  /** 'account': a login; 'device': a paired device bound to one profile for good. */
  @Prop({ type: String, required: true, enum: ['account', 'device'], default: 'account' }) kind!: 'account' | 'device';

  /** The profile selected on this session (or bound, for a device); refreshed tokens keep it. */
  @Prop({ type: String, default: null }) profileId!: string | null;

  @Prop({ required: true }) deviceName!: string;
  @Prop({ type: String, required: true, enum: DeviceTypes }) deviceType!: DeviceType;
  // Empty when a client sends none (e.g. a bare HTTP client): that is no reason to refuse a login.
  @Prop({ type: String, default: '' }) userAgent!: string;
  @Prop({ type: String, default: '' }) ip!: string;
  @Prop({ required: true }) lastSeenAt!: Date;
  /** Refresh tokens of this session are refused from then on (checked in code, not by TTL). */
  @Prop({ required: true }) expiresAt!: Date;
  @Prop({ type: Date, default: null }) revokedAt!: Date | null;
  @Prop({ type: String, default: null }) revokedReason!: string | null;

  createdAt!: Date;
  updatedAt!: Date;
}

export type SessionDocument = HydratedDocument<Session>;
export const SessionSchema = SchemaFactory.createForClass(Session);
