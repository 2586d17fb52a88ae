import { outboxEvent, type OutboxEvent } from '@onstream/common';
import { LibraryItem, LibraryItemSchema } from '@onstream/common/schemas/library-item.schema.js';
import { WatchProgress, WatchProgressSchema } from '@onstream/common/schemas/watch-progress.schema.js';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { TestDatabase } from '../testing/test-database.js';
import { LibraryListHeads } from './library-list-heads.js';
import { LibraryRepository } from './library.repository.js';

const database = new TestDatabase();
// Real Redis from `scripts/infra.sh up`, shared by runs: profile ids are unique per run.
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
const heads = new LibraryListHeads(redis);
const run = randomUUID();
const profile = (name: string) => `${name}-${run}`;
let repository: LibraryRepository;
const at = (seconds: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, seconds));
let sequence = 0;
const event = (type = 't.changed'): OutboxEvent => outboxEvent(type, {}, `e${(sequence += 1)}`);

beforeAll(async () => {
  await database.open('library');
  repository = new LibraryRepository(await database.model(LibraryItem.name, LibraryItemSchema), await database.model(WatchProgress.name, WatchProgressSchema), heads);
});
afterAll(async () => {
  await database.close();
  await redis.quit();
});

describe('LibraryRepository (real database)', () => {
  it('keeps one entry, with the first date, when the same title is added again', async () => {
    const first = await repository.add({ profileId: profile('p-idem'), userId: 'u', list: 'watchlist', titleId: 'tt1', now: at(1) });
    const again = await repository.add({ profileId: profile('p-idem'), userId: 'u', list: 'watchlist', titleId: 'tt1', now: at(2) });
    expect(again.addedAt).toEqual(first.addedAt);
    expect(await repository.pageOfList(profile('p-idem'), 'watchlist', null, 10)).toHaveLength(1);
  });

  it('survives concurrent adds of the same title with one entry', async () => {
    const adds = [1, 2, 3, 4].map((n) => repository.add({ profileId: profile('p-race'), userId: 'u', list: 'watchlist', titleId: 'tt-race', now: at(n) }));
    const results = await Promise.allSettled(adds);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await repository.pageOfList(profile('p-race'), 'watchlist', null, 10)).toHaveLength(1);
  });

  it('pages newest first and continues strictly after the cursor position, ties broken by id', async () => {
    for (const [title, second] of [['a', 1], ['b', 2], ['c', 2], ['d', 3]] as const) {
      await repository.add({ profileId: profile('p-page'), userId: 'u', list: 'favorites', titleId: title, now: at(second) });
    }
    const first = await repository.pageOfList(profile('p-page'), 'favorites', null, 2);
    expect(first.map((i) => i.titleId)).toEqual(['d', 'c']);
    const last = first[1];
    const rest = await repository.pageOfList(profile('p-page'), 'favorites', { at: last?.addedAt ?? new Date(0), id: last?.id as string }, 10);
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
    const first = await repository.addFavorite({ profileId: profile('p-fav'), userId: 'u', titleId: 'f1', now: at(1) }, () => event('added'));
    expect(first.outbox?.map((e) => e.type)).toEqual(['added']);
    const again = await repository.addFavorite({ profileId: profile('p-fav'), userId: 'u', titleId: 'f1', now: at(2) }, (addedAt) => event(`added@${addedAt.toISOString()}`));
    expect(again.addedAt).toEqual(at(1));
    expect(again.outbox?.map((e) => e.type)).toEqual([`added@${at(1).toISOString()}`]);
    expect(again.outboxAt?.getTime()).toBeGreaterThanOrEqual(first.outboxAt?.getTime() ?? Infinity);
  });

  it('survives concurrent adds of the same favourite with one entry carrying one event', async () => {
    const adds = [1, 2, 3, 4].map((n) => repository.addFavorite({ profileId: profile('p-fav-race'), userId: 'u', titleId: 'f1', now: at(n) }, () => event(`added ${n}`)));
    const results = await Promise.allSettled(adds);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await repository.pageOfList(profile('p-fav-race'), 'favorites', null, 10)).toHaveLength(1);
    const stored = await (await database.model(LibraryItem.name, LibraryItemSchema)).find({ profileId: profile('p-fav-race') }).lean().exec();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.outbox).toHaveLength(1);
  });

  it('turns a removed favourite into a tombstone with its event, left out of the list, and revives it with a new date', async () => {
    await repository.addFavorite({ profileId: profile('p-tomb'), userId: 'u', titleId: 'f1', now: at(1) }, () => event());
    expect(await repository.removeFavorite(profile('p-tomb'), 'f1', at(2), event('removed'))).toBe(true);
    expect(await repository.removeFavorite(profile('p-tomb'), 'f1', at(3), event('removed again'))).toBe(false);
    expect(await repository.pageOfList(profile('p-tomb'), 'favorites', null, 10)).toEqual([]);
    const revived = await repository.addFavorite({ profileId: profile('p-tomb'), userId: 'u', titleId: 'f1', now: at(4) }, (addedAt) => event(`added@${addedAt.getUTCSeconds()}`));
    expect(revived.removedAt).toBeUndefined();
    expect(revived.addedAt).toEqual(at(4));
    expect(revived.outbox?.map((e) => e.type)).toEqual(['added@4']);
    expect((await repository.pageOfList(profile('p-tomb'), 'favorites', null, 10)).map((i) => i.titleId)).toEqual(['f1']);
  });

  it('clears a history with one tombstone and event per title, and a new position revives a title', async () => {
    const base = { profileId: profile('p-clear'), userId: 'u', durationSeconds: 100, positionSeconds: 5, finished: false };
    for (const [title, second] of [['a', 1], ['b', 2], ['c', 3]] as const) await repository.recordProgress({ ...base, titleId: title, watchedAt: at(second) }, event());
    expect(await repository.removeProgress(profile('p-clear'), 'c', at(4), event('removed c'))).toBe(true);
    expect(await repository.clearHistory(profile('p-clear'), at(5), (titleId) => event(`removed ${titleId}`))).toBe(2);
    expect(await repository.pageOfHistory(profile('p-clear'), { unfinishedOnly: false }, null, 10)).toEqual([]);
    await repository.recordProgress({ ...base, titleId: 'b', watchedAt: at(6) }, event('written b'));
    expect((await repository.pageOfHistory(profile('p-clear'), { unfinishedOnly: false }, null, 10)).map((e) => e.titleId)).toEqual(['b']);
  });

  it('purges only tombstones whose event was stored before the published mark', async () => {
    await repository.addFavorite({ profileId: profile('p-purge'), userId: 'u', titleId: 'live', now: at(1) }, () => event());
    await repository.addFavorite({ profileId: profile('p-purge'), userId: 'u', titleId: 'gone', now: at(1) }, () => event());
    await repository.removeFavorite(profile('p-purge'), 'gone', at(2), event());
    expect(await repository.purgeTombstones({ items: new Date(Date.now() - 60_000), progress: new Date(0) })).toBe(0);
    expect(await repository.purgeTombstones({ items: new Date(Date.now() + 60_000), progress: new Date(0) })).toBe(1);
    expect((await repository.pageOfList(profile('p-purge'), 'favorites', null, 10)).map((i) => i.titleId)).toEqual(['live']);
  });

  it('keeps a list\'s first page in its read model after a read, and drops it on each write', async () => {
    const profileId = profile('p-head');
    await repository.add({ profileId, userId: 'u', list: 'watchlist', titleId: 'one', now: at(1) });
    expect((await repository.pageOfList(profileId, 'watchlist', null, 10)).map((i) => i.titleId)).toEqual(['one']);
    expect((await heads.read(profileId, 'watchlist'))?.items.map((i) => i.titleId)).toEqual(['one']);
    await repository.add({ profileId, userId: 'u', list: 'watchlist', titleId: 'two', now: at(2) });
    expect(await heads.read(profileId, 'watchlist')).toBeUndefined();
    expect((await repository.pageOfList(profileId, 'watchlist', null, 10)).map((i) => i.titleId)).toEqual(['two', 'one']);
    await repository.remove(profileId, 'watchlist', 'two');
    expect((await repository.pageOfList(profileId, 'watchlist', null, 10)).map((i) => i.titleId)).toEqual(['one']);
    await repository.deleteAllOfUser('u-head-other');
    await repository.deleteAllOfProfile(profileId);
    expect(await repository.pageOfList(profileId, 'watchlist', null, 10)).toEqual([]);
  });

  it('does not keep a head read from the store before a write that finished meanwhile', async () => {
    const profileId = profile('p-fill-race');
    const generation = await heads.generation(profileId, 'favorites');
    await heads.changed(profileId, ['favorites']);
    await heads.fill(profileId, 'favorites', generation ?? '', { items: [], complete: true });
    expect(await heads.read(profileId, 'favorites')).toBeUndefined();
  });

  it('drops the read model of every profile of an account that is deleted', async () => {
    const profileId = profile('p-account');
    await repository.add({ profileId, userId: `u-${run}`, list: 'favorites', titleId: 'kept', now: at(1) });
    await repository.pageOfList(profileId, 'favorites', null, 10);
    await repository.deleteAllOfUser(`u-${run}`);
    expect(await repository.pageOfList(profileId, 'favorites', null, 10)).toEqual([]);
  });
});
