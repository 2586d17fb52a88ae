import { decodeCursor, DomainError, encodeCursor } from '@onstream/common';
import { Types } from 'mongoose';

export interface CursorPosition {
  id: Types.ObjectId;
  likeCount?: number;
}

/** Reads a cursor this service wrote; anything else is a 400, never a 500. */
export function readCursor(cursor: string | undefined): CursorPosition | null {
  if (!cursor) return null;
  const position = decodeCursor(cursor);
  const id = position?.i;
  const likeCount = position?.l;
  if (typeof id !== 'string' || !Types.ObjectId.isValid(id) || (likeCount !== undefined && (typeof likeCount !== 'number' || !Number.isInteger(likeCount)))) {
    throw DomainError.validation([{ field: 'cursor', message: 'cursor is not one this API returned' }]);
  }
  return { id: new Types.ObjectId(id), ...(likeCount !== undefined && { likeCount }) };
}

export function writeCursor(position: CursorPosition): string {
  return encodeCursor({ i: position.id.toHexString(), ...(position.likeCount !== undefined && { l: position.likeCount }) });
}

/** Asks for one row more than the page: its presence says whether there is a next page. */
export function pageOf<T>(rows: T[], limit: number, positionOf: (row: T) => CursorPosition): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? writeCursor(positionOf(last)) : null };
}
