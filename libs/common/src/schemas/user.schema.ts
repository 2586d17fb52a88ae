import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { type HydratedDocument, Schema as MongooseSchema } from 'mongoose';
import { Roles, type Role } from '../contracts/users/account.dto.js';
import type { PreferencesPatch } from '../contracts/users/me.dto.js';

/** An account. Owned and registered by the users app only. */
@Schema({ collection: 'users', timestamps: true })
export class User {
  @Prop({ required: true, unique: true, lowercase: true, trim: true })
  email!: string;

  @Prop({ required: true })
  passwordHash!: string;

  @Prop({ required: true })
  displayName!: string;

  /** Lower-case sign-in name, when the account chose one; its uniqueness is the `usernames` collection's. */
  @Prop({ type: String, default: null })
  username!: string | null;

  @Prop({ type: String, required: true, enum: Roles, default: 'viewer' })
  role!: Role;

  @Prop({ default: false })
  emailVerified!: boolean;

  /** Set by an admin: the account may not sign in and its sessions were ended. */
  @Prop({ type: Date, default: null })
  disabledAt!: Date | null;

  /** Only the preferences the user changed; defaults fill the rest when read. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  preferences!: PreferencesPatch;

  createdAt!: Date;
  updatedAt!: Date;
}

export type UserDocument = HydratedDocument<User>;
export const UserSchema = SchemaFactory.createForClass(User);
UserSchema.index({ createdAt: -1 });
UserSchema.index({ username: 1 });
