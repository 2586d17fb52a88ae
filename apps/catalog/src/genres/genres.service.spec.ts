import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CatalogBroadcasts, currentDeadline, runInRequestContext } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { CatalogConfig } from '../catalog.config.js';
import type { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import type { GenresRepository } from './genres.repository.js';
import { GenresService } from './genres.service.js';

/** A count the test finishes by hand, so it can act while a recount is running. */
function deferredCounts() {
  const pending: Array<(counts: Map<string, number>) => void> = [];
  const countByGenre = jest.fn(() => new Promise<Map<string, number>>((resolve) => pending.push(resolve)));
  const finishNext = async (counts: Map<string, number>) => {
    pending.shift()?.(counts);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { countByGenre, finishNext };
}

const DELAY_MS = 2000;

function setup(delayMs = DELAY_MS) {
  const counts = deferredCounts();
  const titles = strictMock<TitlesRepository>('TitlesRepository', { countByGenre: counts.countByGenre as unknown as TitlesRepository['countByGenre'] });
  const genres = strictMock<GenresRepository>('GenresRepository', { replaceCounts: jest.fn<GenresRepository['replaceCounts']>().mockResolvedValue(true) });
  const broadcasts = strictMock<CatalogBroadcastBus>('CatalogBroadcastBus', { publish: jest.fn<CatalogBroadcastBus['publish']>().mockResolvedValue(undefined) });
  const config = Object.assign(new CatalogConfig(), { GENRE_RECOUNT_DELAY_MS: delayMs });
  return { service: new GenresService(genres, titles, broadcasts, config), counts, genres, broadcasts };
}

describe('GenresService.recount', () => {
  it('runs one recount at a time: calls during one share a single next one, which starts after them', async () => {
    const { service, counts, genres } = setup();
    const first = service.recount();
    const second = service.recount();
    const third = service.recount();
    expect(counts.countByGenre).toHaveBeenCalledTimes(1);

    await counts.finishNext(new Map([['Drama', 1]]));
    await first;
    expect(counts.countByGenre).toHaveBeenCalledTimes(2); // the shared next one started
    await counts.finishNext(new Map([['Drama', 2]]));
    await Promise.all([second, third]);

    expect(counts.countByGenre).toHaveBeenCalledTimes(2);
    expect(genres.replaceCounts).toHaveBeenLastCalledWith([{ slug: 'drama', name: 'Drama', titleCount: 2 }]);
  });

});

describe('GenresService.recountInBackground', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('lets the edits of one window share a recount, then tells the gateways their cached lists are stale', async () => {
    const { service, counts, broadcasts } = setup();
    for (let edit = 0; edit < 20; edit += 1) service.recountInBackground();
    expect(counts.countByGenre).not.toHaveBeenCalled();

    jest.advanceTimersByTime(DELAY_MS);
    expect(counts.countByGenre).toHaveBeenCalledTimes(1);
    await counts.finishNext(new Map([['Drama', 1]]));
    expect(broadcasts.publish).toHaveBeenCalledTimes(1);
    expect(broadcasts.publish).toHaveBeenCalledWith(CatalogBroadcasts.CacheStale, { reason: 'genre counts', scope: 'lists' });
  });

  it('announces only a recount that started after the edit', async () => {
    const { service, counts, broadcasts } = setup();
    const running = service.recount(); // e.g. an import's
    service.recountInBackground(); // an edit made while it runs
    jest.advanceTimersByTime(DELAY_MS);
    await counts.finishNext(new Map([['Drama', 1]]));
    await running;
    expect(broadcasts.publish).not.toHaveBeenCalled(); // that count may have missed the edit

    await counts.finishNext(new Map([['Drama', 2]]));
    expect(broadcasts.publish).toHaveBeenCalledTimes(1);
  });

  it('tells no one when the counts came out as they were (an edit that left the genres alone)', async () => {
    const { service, counts, genres, broadcasts } = setup();
    (genres.replaceCounts as jest.Mock).mockImplementationOnce(() => Promise.resolve(false));
    service.recountInBackground();
    jest.advanceTimersByTime(DELAY_MS);
    await counts.finishNext(new Map([['Drama', 1]]));
    expect(genres.replaceCounts).toHaveBeenCalledTimes(1);
    expect(broadcasts.publish).not.toHaveBeenCalled();
  });

  it('counts again after a start, for edits a stopped replica had not counted yet', async () => {
    const { service, counts } = setup();
    service.onApplicationBootstrap();
    jest.advanceTimersByTime(DELAY_MS);
    expect(counts.countByGenre).toHaveBeenCalledTimes(1);
    await counts.finishNext(new Map([['Drama', 1]]));
  });

  it('counts outside the edit that asked: the deadline of the edit does not bound the store reads of the recount (ADR 0042)', async () => {
    jest.useRealTimers(); // a fake timer would run the callback from the test, outside any request
    const { service, counts } = setup(1);
    const deadlineSeen = new Promise<number | undefined>((resolve) => {
      counts.countByGenre.mockImplementationOnce(() => {
        resolve(currentDeadline());
        return Promise.resolve(new Map([['Drama', 1]]));
      });
    });
    runInRequestContext('edit', () => service.recountInBackground(), undefined, Date.now() + 50);

    expect(await deadlineSeen).toBeUndefined();
  });

  it('does not fail the edit when the recount fails', async () => {
    const { service, counts, genres } = setup();
    (genres.replaceCounts as jest.Mock).mockImplementationOnce(() => Promise.reject(new Error('store down')));
    expect(() => service.recountInBackground()).not.toThrow();
    jest.advanceTimersByTime(DELAY_MS);
    await counts.finishNext(new Map([['Drama', 1]]));
    void service.recount();
    expect(counts.countByGenre).toHaveBeenCalledTimes(2); // a failed recount does not block the next
  });
});
