import type { ListHead } from './library-list-heads.js';
import { pageOfHead } from './library.repository.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, seconds));
const item = (id: string, seconds: number) => ({ id: id.padStart(24, '0'), titleId: `t${id}`, addedAt: at(seconds) });
/** Newest first, the two at second 2 by id descending, as the store orders them. */
const items = [item('4', 3), item('3', 2), item('2', 2), item('1', 1)];

describe('pageOfHead', () => {
  it('serves the first page from the head', () => {
    expect(pageOfHead({ items, complete: false }, null, 2)?.map((i) => i.titleId)).toEqual(['t4', 't3']);
  });

  it('continues strictly after the cursor, ties broken by id', () => {
    const head: ListHead = { items, complete: true };
    expect(pageOfHead(head, { at: at(2), id: item('3', 2).id }, 10)?.map((i) => i.titleId)).toEqual(['t2', 't1']);
  });

  it('answers a short page only when the head is the whole list', () => {
    expect(pageOfHead({ items, complete: true }, { at: at(2), id: item('2', 2).id }, 5)?.map((i) => i.titleId)).toEqual(['t1']);
    expect(pageOfHead({ items, complete: false }, { at: at(2), id: item('2', 2).id }, 5)).toBeUndefined();
  });

  it('leaves a page past the head of a longer list to the store', () => {
    expect(pageOfHead({ items, complete: false }, { at: at(0), id: item('0', 0).id }, 5)).toBeUndefined();
    expect(pageOfHead({ items, complete: true }, { at: at(0), id: item('0', 0).id }, 5)).toEqual([]);
  });
});
