import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { Granularity, ReportScope } from '@onstream/common';
import type { BucketPart, ViewerMark } from './batch-contribution.js';
import { insertOnce } from './insert-once.js';
import { WrittenIds } from './written-ids.js';

/** Viewer mark ids remembered as stored: a continuing session's marks mostly exist already. */
const REMEMBERED_MARKS = 200_000;

/** The pre-aggregated store: immutable per-batch parts of hour buckets, and distinct-viewer marks. */
@Injectable()
export class BucketRepository implements OnModuleInit {
  private readonly parts;
  private readonly marks;
  private readonly writtenMarks = new WrittenIds(REMEMBERED_MARKS);

  constructor(@InjectConnection() connection: Connection) {
    this.parts = connection.collection<BucketPart>('bucket_parts');
    this.marks = connection.collection<ViewerMark>('viewer_marks');
  }

  async onModuleInit(): Promise<void> {
    await this.parts.createIndex({ scope: 1, scopeId: 1, hour: 1 });
    await this.parts.createIndex({ processedAt: 1 });
    await this.marks.createIndex({ scope: 1, scopeId: 1, granularity: 1, bucket: 1 });
  }

  async saveParts(parts: BucketPart[]): Promise<void> {
    await insertOnce(this.parts, parts);
  }

  async saveMarks(marks: ViewerMark[]): Promise<void> {
    // Skipping known marks keeps the insert free of duplicates, which would send it to one insert per mark.
    const unknown = marks.filter((mark) => !this.writtenMarks.has(mark._id));
    await insertOnce(this.marks, unknown);
    this.writtenMarks.remember(unknown.map((mark) => mark._id));
  }

  partsInRange(scope: ReportScope, scopeId: string, from: Date, to: Date): Promise<BucketPart[]> {
    return this.parts.find({ scope, scopeId, hour: { $gte: from, $lt: to } }, { projection: { _id: 0, batchId: 0, processedAt: 0 } }).toArray();
  }

  marksInRange(scope: ReportScope, scopeId: string, granularity: Granularity, from: Date, to: Date): Promise<Array<Pick<ViewerMark, 'bucket' | 'viewer'>>> {
    return this.marks.find({ scope, scopeId, granularity, bucket: { $gte: from, $lt: to } }, { projection: { _id: 0, bucket: 1, viewer: 1 } }).toArray();
  }

  /** Video parts of hours at or after `since`, for trending. */
  videoPartsSince(since: Date): Promise<Array<Pick<BucketPart, 'scopeId' | 'hour' | 'views' | 'watchSec'>>> {
    return this.parts.find({ scope: 'video', hour: { $gte: since } }, { projection: { _id: 0, scopeId: 1, hour: 1, views: 1, watchSec: 1 } }).toArray();
  }

  async eventsProcessedSince(since: Date): Promise<number> {
    const [row] = await this.parts.aggregate<{ total: number }>([{ $match: { scope: 'video', processedAt: { $gte: since } } }, { $group: { _id: null, total: { $sum: '$events' } } }]).toArray();
    return row?.total ?? 0;
  }

  async distinctScopeIds(scope: ReportScope): Promise<number> {
    return (await this.marks.distinct('scopeId', { scope, granularity: 'day' })).length;
  }
}
