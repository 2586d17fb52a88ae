import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { AuditAction, AuthUser, ReportAction, ReportTargetType } from '@onstream/common';
import { Types, type Connection } from 'mongoose';

export interface AuditRecord {
  _id: Types.ObjectId;
  at: Date;
  actorUserId: string;
  actorRole: string;
  action: AuditAction;
  targetType: ReportTargetType;
  targetId: string;
  reportId: string | null;
  outcome: ReportAction | null;
  note: string | null;
}

export interface AuditFilter {
  targetType?: ReportTargetType;
  targetId?: string;
}

/** Append-only trail of moderation actions: who did what to which target, when. Never updated. */
@Injectable()
export class AuditRepository implements OnModuleInit {
  private readonly entries;

  constructor(@InjectConnection() connection: Connection) {
    this.entries = connection.collection<AuditRecord>('moderation_audit');
  }

  async onModuleInit(): Promise<void> {
    await this.entries.createIndex({ targetType: 1, targetId: 1, _id: -1 });
  }

  async record(actor: AuthUser, action: AuditAction, target: { targetType: ReportTargetType; targetId: string }, at: Date, extra: { reportId?: string; outcome?: ReportAction; note?: string } = {}): Promise<void> {
    await this.entries.insertOne({
      _id: new Types.ObjectId(),
      at,
      actorUserId: actor.userId,
      actorRole: actor.role,
      action,
      targetType: target.targetType,
      targetId: target.targetId,
      reportId: extra.reportId ?? null,
      outcome: extra.outcome ?? null,
      note: extra.note ?? null,
    });
  }

  /** Newest first. */
  async page(filter: AuditFilter, before: Types.ObjectId | null, limit: number): Promise<AuditRecord[]> {
    const query: Record<string, unknown> = {};
    if (filter.targetType) query.targetType = filter.targetType;
    if (filter.targetId) query.targetId = filter.targetId;
    if (before) query._id = { $lt: before };
    return this.entries.find(query).sort({ _id: -1 }).limit(limit).toArray();
  }
}
