import { WrittenIds } from './written-ids.js';

describe('WrittenIds', () => {
  it('knows the ids it was told were stored', () => {
    const written = new WrittenIds(10);
    written.remember(['a', 'b']);
    expect([written.has('a'), written.has('b'), written.has('c')]).toEqual([true, true, false]);
  });

  it('forgets the oldest ids past its capacity, a re-remembered id counting as new', () => {
    const written = new WrittenIds(2);
    written.remember(['a', 'b']);
    written.remember(['a']);
    written.remember(['c']);
    expect([written.has('a'), written.has('b'), written.has('c')]).toEqual([true, false, true]);
  });
});
