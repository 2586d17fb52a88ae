import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/**
 * A username claimed by one account. The username is the document id, so uniqueness comes from the
 * id index alone: accounts without a username need no sparse or partial index (FerretDB 1.24 has none).
 * Owned and registered by the users app only.
 */
@Schema({ collection: 'usernames', timestamps: { createdAt: true, updatedAt: false } })
export class Username {
  /** Lower-case username. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  userId!: string;
}

export type UsernameDocument = HydratedDocument<Username>;
export const UsernameSchema = SchemaFactory.createForClass(Username);
