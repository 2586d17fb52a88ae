import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

export const OneTimeTokenPurposes = ['verify-email', 'reset-password'] as const;
export type OneTimeTokenPurpose = (typeof OneTimeTokenPurposes)[number];

/** A token sent by e-mail (verification, password reset): only its hash is kept; single use. */
@Schema({ collection: 'one_time_tokens', timestamps: { createdAt: true, updatedAt: false } })
export class OneTimeToken {
  @Prop({ required: true, index: true }) userId!: string;
  @Prop({ type: String, required: true, enum: OneTimeTokenPurposes }) purpose!: OneTimeTokenPurpose;
  @Prop({ required: true, unique: true }) tokenHash!: string;
  @Prop({ required: true }) expiresAt!: Date;
  @Prop({ type: Date, default: null }) usedAt!: Date | null;
  createdAt!: Date;
}

export type OneTimeTokenDocument = HydratedDocument<OneTimeToken>;
export const OneTimeTokenSchema = SchemaFactory.createForClass(OneTimeToken);
