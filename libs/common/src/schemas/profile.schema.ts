import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { MaturityLevels, type MaturityLevel } from '../auth/auth.types.js';
import { ParentalModes, type ParentalMode } from '../contracts/users/library.dto.js';

/** A viewer profile of an account (at most 5). Owned and registered by the users app only. */
@Schema({ collection: 'profiles', timestamps: true })
export class Profile {
  @Prop({ required: true, index: true }) userId!: string;
  @Prop({ required: true }) name!: string;
  @Prop({ type: String, default: null }) avatar!: string | null;
  @Prop({ required: true, default: 'en' }) language!: string;
  @Prop({ required: true, default: false }) kid!: boolean;
  @Prop({ type: String, required: true, enum: MaturityLevels }) maturityLevel!: MaturityLevel;
  /** bcrypt hash of the 4-digit PIN needed to leave a kid profile. */
  @Prop({ type: String, default: null }) pinHash!: string | null;
  /** Parental controls of kid profiles: open (maturity limit minus denials) or allow-list only. */
  @Prop({ type: String, enum: ParentalModes, default: 'open' }) parentalMode!: ParentalMode;
  /** Content tag slugs (catalog) whose titles this kid profile must not see. */
  @Prop({ type: [String], default: [] }) deniedTags!: string[];
  createdAt!: Date;
  updatedAt!: Date;
}

export type ProfileDocument = HydratedDocument<Profile>;
export const ProfileSchema = SchemaFactory.createForClass(Profile);
