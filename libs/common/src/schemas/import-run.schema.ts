import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

export const ImportRunStatuses = ['running', 'done', 'failed'] as const;
export type ImportRunStatus = (typeof ImportRunStatuses)[number];

/**
 * Progress of one import (e.g. the MovieLens seed): the checkpoint a resumed run starts from and a
 * lease so that only one replica imports at a time (expiry checked in code, not by a TTL index).
 */
@Schema({ collection: 'import_runs', timestamps: true })
export class ImportRun {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, enum: ImportRunStatuses, required: true }) status!: ImportRunStatus;
  @Prop({ default: 0 }) processed!: number;
  @Prop({ default: 0 }) total!: number;
  @Prop({ type: Date, required: true }) leaseUntil!: Date;
  @Prop({ type: String, required: true }) owner!: string;
  @Prop({ type: Date, required: true }) startedAt!: Date;
  @Prop({ type: Date, default: null }) finishedAt!: Date | null;
  @Prop({ type: Number, default: null }) durationMs!: number | null;
  @Prop({ type: String, default: null }) error!: string | null;
}

export type ImportRunDocument = HydratedDocument<ImportRun>;
export const ImportRunSchema = SchemaFactory.createForClass(ImportRun);
