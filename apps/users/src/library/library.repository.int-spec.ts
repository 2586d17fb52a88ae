import { outboxEvent, type OutboxEvent } from '@onstream/common';
import { LibraryItem, LibraryItemSchema } from '@onstream/common/schemas/library-item.schema.js';
import { WatchProgress, WatchProgressSchema } from '@onstream/common/schemas/watch-progress.schema.js';
import { TestDatabase } from '../testing/test-database.js';
import { LibraryRepository } from './library.repository.js';

const database = new TestDatabase();
let repository: LibraryRepository;
const at = (seconds: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, seconds));
let sequence = 0;
const event = (type = 't.changed'): OutboxEvent => outboxEvent(type, {}, `e${(sequence += 1)}`);

beforeAll(async () => {
  await database.open('library');
  repository = new LibraryRepository(await database.model(LibraryItem.name, LibraryItemSchema), await database.model(WatchProgress.name, WatchProgressSchema));
});
afterAll(() => database.close());

describe('LibraryRepository (real database)', () => {
  it('keeps one entry, with the first date, when the same title is added again', async () => {
    const first = await repository.add({ profileId: 'p-idem', userId: 'u', list: 'watchlist', titleId: 'tt1', now: at(1) });
    const again = await repository.add({ profileId: 'p-idem', userId: 'u', list: 'watchlist', titleId: 'tt1', now: at(2) });
    expect(again.addedAt).toEqual(first.addedAt);
    expect(await repository.pageOfList('p-idem', 'watchlist', null, 10)).toHaveLength(1);
  });

  it('survives concurrent adds of the same title with one entry', async () => {
    const adds = [1, 2, 3, 4].map((n) => repository.add({ profileId: 'p-race', userId: 'u', list: 'watchlist', titleId: 'tt-race', now: at(n) }));
    const results = await Promise.allSettled(adds);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await repository.pageOfList('p-race', 'watchlist', null, 10)).toHaveLength(1);
  });

  it('pages newest first and continues strictly after the cursor position, ties broken by id', async () => {
    for (const [title, second] of [['a', 1], ['b', 2], ['c', 2], ['d', 3]] as const) {
      await repository.add({ profileId: 'p-page', userId: 'u', list: 'favorites', titleId: title, now: at(second) });
    }
    const first = await repository.pageOfList('p-page', 'favorites', null, 2);
    expect(first.map((i) => i.titleId)).toEqual(['d', 'c']);
    const last = first[1];
    const rest = await repository.pageOfList('p-page', 'favorites', { at: last?.addedAt ?? new Date(0), id: last?.id as string }, 10);
    expect(rest.map((i) => i.titleId)).toEqual(['b', 'a']);
  });

  it('keeps one progress row per title and lists unfinished ones most recent first', async () => {
    const base = { profileId: 'p-hist', userId: 'u', durationSeconds: 100 };
    await repository.recordProgress({ ...base, titleId: 'x', positionSeconds: 10, finished: false, watchedAt: at(1) }, event());
    await repository.recordProgress({ ...base, titleId: 'y', positionSeconds: 99, finished: true, watchedAt: at(2) }, event());
    await repository.recordProgress({ ...base, titleId: 'x', positionSeconds: 20, finished: false, watchedAt: at(3) }, event());
    expect((await repository.pageOfHistory('p-hist', { unfinishedOnly: false }, null, 10)).map((e) => [e.titleId, e.positionSeconds])).toEqual([['x', 20], ['y', 99]]);
    expect((await repository.pageOfHistory('p-hist', { unfinishedOnly: true }, null, 10)).map((e) => e.titleId)).toEqual(['x']);
  });

  it('stores a favourite’s event with it, keeps the first date on a second add, and replaces the event', async () => {
    const first = await repository.addFavorite({ profileId: 'p-fav', userId: 'u', titleId: 'f1', now: at(1) }, () => event('added'));
    expect(first.outbox?.map((e) => e.type)).toEqual(['added']);
    const again = await repository.addFavorite({ profileId: 'p-fav', userId: 'u', titleId: 'f1', now: at(2) }, (addedAt) => event(`added@${addedAt.toISOString()}`));
    expect(again.addedAt).toEqual(at(1));
    expect(again.outbox?.map((e) => e.type)).toEqual([`added@${at(1).toISOString()}`]);
    expect(again.outboxAt?.getTime()).toBeGreaterThanOrEqual(first.outboxAt?.getTime() ?? Infinity);
  });

  it('survives concurrent adds of the same favourite with one entry carrying one event', async () => {
    const adds = [1, 2, 3, 4].map((n) => repository.addFavorite({ profileId: 'p-fav-race', userId: 'u', titleId: 'f1', now: at(n) }, () => event(`added ${n}`)));
    const results = await Promise.allSettled(adds);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const entries = await repository.pageOfList('p-fav-race', 'favorites', null, 10);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.outbox).toHaveLength(1);
  });

  it('turns a removed favourite into a tombstone with its event, left out of the list, and revives it with a new date', async () => {
    await repository.addFavorite({ profileId: 'p-tomb', userId: 'u', titleId: 'f1', now: at(1) }, () => event());
    expect(await repository.removeFavorite('p-tomb', 'f1', at(2), event('removed'))).toBe(true);
    expect(await repository.removeFavorite('p-tomb', 'f1', at(3), event('removed again'))).toBe(false);
    expect(await repository.pageOfList('p-tomb', 'favorites', null, 10)).toEqual([]);
    const revived = await repository.addFavorite({ profileId: 'p-tomb', userId: 'u', titleId: 'f1', now: at(4) }, (addedAt) => event(`added@${addedAt.getUTCSeconds()}`));
    expect(revived.removedAt).toBeUndefined();
    expect(revived.addedAt).toEqual(at(4));
    expect(revived.outbox?.map((e) => e.type)).toEqual(['added@4']);
    expect((await repository.pageOfList('p-tomb', 'favorites', null, 10)).map((i) => i.titleId)).toEqual(['f1']);
  });

  it('clears a history with one tombstone and event per title, and a new position revives a title', async () => {
    const base = { profileId: 'p-clear', userId: 'u', durationSeconds: 100, positionSeconds: 5, finished: false };
    for (const [title, second] of [['a', 1], ['b', 2], ['c', 3]] as const) await repository.recordProgress({ ...base, titleId: title, watchedAt: at(second) }, event());
    expect(await repository.removeProgress('p-clear', 'c', at(4), event('removed c'))).toBe(true);
    expect(await repository.clearHistory('p-clear', at(5), (titleId) => event(`removed ${titleId}`))).toBe(2);
    expect(await repository.pageOfHistory('p-clear', { unfinishedOnly: false }, null, 10)).toEqual([]);
    await repository.recordProgress({ ...base, titleId: 'b', watchedAt: at(6) }, event('written b'));
    expect((await repository.pageOfHistory('p-clear', { unfinishedOnly: false }, null, 10)).map((e) => e.titleId)).toEqual(['b']);
  });

  it('purges only tombstones whose event was stored before the published mark', async () => {
    await repository.addFavorite({ profileId: 'p-purge', userId: 'u', titleId: 'live', now: at(1) }, () => event());
    await repository.addFavorite({ profileId: 'p-purge', userId: 'u', titleId: 'gone', now: at(1) }, () => event());
    await repository.removeFavorite('p-purge', 'gone', at(2), event());
    expect(await repository.purgeTombstones({ items: new Date(Date.now() - 60_000), progress: new Date(0) })).toBe(0);
    expect(await repository.purgeTombstones({ items: new Date(Date.now() + 60_000), progress: new Date(0) })).toBe(1);
    expect((await repository.pageOfList('p-purge', 'favorites', null, 10)).map((i) => i.titleId)).toEqual(['live']);
  });
});
