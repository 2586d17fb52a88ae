import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/** A short code a signed-in parent makes for a TV to redeem once. Owned by the users app only. */
@Schema({ collection: 'pairing_codes', timestamps: { createdAt: true, updatedAt: false } })
export class PairingCode {
  @Prop({ required: true, unique: true }) codeHash!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ required: true }) profileId!: string;
  @Prop({ required: true }) expiresAt!: Date;
  @Prop({ type: Date, default: null }) usedAt!: Date | null;
  createdAt!: Date;
}

export type PairingCodeDocument = HydratedDocument<PairingCode>;
export const PairingCodeSchema = SchemaFactory.createForClass(PairingCode);
