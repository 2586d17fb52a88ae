import { decodeCursor, DomainError, encodeCursor, ErrorCodes, type ReviewDecision, type ReviewStatus } from '@onstream/common';
import { Types, type Model, type QueryFilter } from 'mongoose';

const DUPLICATE_KEY = 11000;

/** What every reviewed document carries (deep links, tag proposals). */
export interface Reviewed {
  _id: Types.ObjectId;
  status: ReviewStatus;
  reviewedBy: string | null;
  reviewedAt: Date | null;
}


/**
 * A staff review queue over one collection: items are created pending once per unique key, listed
 * by status oldest first with an opaque cursor, and accepted or rejected (a decision may change).
 */
export class ReviewQueue<T extends Reviewed, D> {
  constructor(private readonly model: Model<D>) {}

  /** The item with this unique key, created pending when new (a racing creator's item is read back). */
  async findOrCreatePending(key: QueryFilter<D>, fields: Record<string, unknown>): Promise<T> {
    const insert = { ...fields, status: 'pending', reviewedBy: null, reviewedAt: null };
    try {
      return await this.model.findOneAndUpdate(key, { $setOnInsert: insert }, { upsert: true, returnDocument: 'after' }).lean<T>().orFail().exec();
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      return this.model.findOne(key).lean<T>().orFail().exec();
    }
  }

  async page(status: ReviewStatus, cursor: string | undefined, limit: number): Promise<{ items: T[]; nextCursor: string | null }> {
    const after = cursor ? afterIdOf(cursor) : null;
    const found = await this.model
      .find({ status, ...(after && { _id: { $gt: after } }) })
      .sort({ _id: 1 })
      .limit(limit + 1)
      .lean<T[]>()
      .exec();
    const items = found.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: found.length > limit && last ? encodeCursor({ id: last._id.toHexString() }) : null };
  }

  findById(id: string): Promise<T | null> {
    return this.model.findById(id).lean<T>().exec();
  }

  decide(id: string, status: ReviewStatus, reviewedBy: string, at: Date): Promise<T | null> {
    return this.model.findOneAndUpdate({ _id: new Types.ObjectId(id) }, { $set: { status, reviewedBy, reviewedAt: at } }, { returnDocument: 'after' }).lean<T>().exec();
  }
}

function afterIdOf(cursor: string): Types.ObjectId {
  const id = decodeCursor(cursor)?.id;
  if (typeof id !== 'string' || !Types.ObjectId.isValid(id)) throw new DomainError(ErrorCodes.Validation, 400, 'cursor is not one this list gave out.');
  return new Types.ObjectId(id);
}

/** accept → accepted, reject → rejected. */
export function statusOf(decision: ReviewDecision): ReviewStatus {
  return decision === 'accept' ? 'accepted' : 'rejected';
}

/** The review fields as answered. */
export function reviewFields(item: Reviewed): { id: string; status: ReviewStatus; reviewedBy: string | null; reviewedAt: string | null } {
  return { id: item._id.toHexString(), status: item.status, reviewedBy: item.reviewedBy ?? null, reviewedAt: item.reviewedAt?.toISOString() ?? null };
}
