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
    await repository.recordProgress({ ...base, titleId: 'x', positionSeconds: 10, finished: false, watchedAt: at(1) });
    await repository.recordProgress({ ...base, titleId: 'y', positionSeconds: 99, finished: true, watchedAt: at(2) });
    await repository.recordProgress({ ...base, titleId: 'x', positionSeconds: 20, finished: false, watchedAt: at(3) });
    expect((await repository.pageOfHistory('p-hist', { unfinishedOnly: false }, null, 10)).map((e) => [e.titleId, e.positionSeconds])).toEqual([['x', 20], ['y', 99]]);
    expect((await repository.pageOfHistory('p-hist', { unfinishedOnly: true }, null, 10)).map((e) => e.titleId)).toEqual(['x']);
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
