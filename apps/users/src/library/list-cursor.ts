import { decodeCursor, DomainError, encodeCursor } from '@onstream/common';
import type { ListPosition } from './library.repository.js';

/** Newest-first cursors: the (time, id) of the last item of the previous page. */
export function readCursor(cursor: string | undefined): ListPosition | null {
  if (!cursor) return null;
  const position = decodeCursor(cursor);
  if (!position || typeof position.t !== 'number' || typeof position.id !== 'string' || !/^[a-f0-9]{24}$/.test(position.id)) {
    throw DomainError.validation([{ field: 'cursor', message: 'cursor is not one this API gave out' }]);
  }
  return { at: new Date(position.t), id: position.id };
}

/** Pages are fetched with one extra row: its presence says whether a next page exists. */
export function pageOf<D extends { id: unknown }, R>(rows: D[], limit: number, at: (row: D) => Date, map: (row: D) => R): { items: R[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ t: at(last).getTime(), id: last.id as string }) : null;
  return { items: items.map(map), nextCursor };
}
