import { jest } from '@jest/globals';
import { CatalogConfig } from '../catalog.config.js';
import type { GenresService } from '../genres/genres.service.js';
import type { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import type { TitleChangeFeed } from '../search/title-change-feed.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import type { CatalogSeed } from './catalog-seed.js';
import type { ImportRunsRepository } from './import-runs.repository.js';
import type { SeedTitle } from './movielens-title.js';
import { seedWrite } from './seed-upsert.js';
import { SeedImportService } from './seed-import.service.js';
import type { ImportRun } from '@onstream/common/schemas/import-run.schema.js';

const seed = (movieLensId: number): SeedTitle => ({ movieLensId, title: `Film ${movieLensId}`, originalTitle: null, aliases: [], releaseYear: 2000, genres: [], voteAverage: 0, voteCount: 0, keywords: [] });
const run = (processed: number): ImportRun => ({ _id: 'movielens-seed', status: 'running', processed, total: 5, leaseUntil: new Date(), owner: 'me', startedAt: new Date(), finishedAt: null, durationMs: null, error: null });

function setup(claimed: ImportRun | null, checkpointAccepted = true, seedOnStart = true) {
  const config = Object.assign(new CatalogConfig(), { CATALOG_IMPORT_BATCH_SIZE: 2, CATALOG_SEED_LIMIT: 0, CATALOG_SEED_ON_START: seedOnStart });
  const titles = { upsertBatch: jest.fn<TitlesRepository['upsertBatch']>().mockImplementation((batch) => Promise.resolve(batch.length)) };
  const runs = {
    find: jest.fn<ImportRunsRepository['find']>().mockResolvedValue(null),
    claim: jest.fn<ImportRunsRepository['claim']>().mockResolvedValue(claimed),
    checkpoint: jest.fn<ImportRunsRepository['checkpoint']>().mockResolvedValue(checkpointAccepted),
    finish: jest.fn<ImportRunsRepository['finish']>().mockResolvedValue(undefined),
    fail: jest.fn<ImportRunsRepository['fail']>().mockResolvedValue(undefined),
  };
  const genres = { recount: jest.fn<GenresService['recount']>().mockResolvedValue(undefined) };
  const changes = { rebuildAll: jest.fn<TitleChangeFeed['rebuildAll']>().mockResolvedValue(undefined) };
  const bus = { publish: jest.fn<CatalogBroadcastBus['publish']>().mockResolvedValue(undefined) };
  const source: CatalogSeed = { runId: 'movielens-seed', name: 'movielens', present: true, writes: () => Promise.resolve([1, 2, 3, 4, 5].map(seed).map(seedWrite)) };
  const service = new SeedImportService(
    config,
    titles as unknown as TitlesRepository,
    runs as unknown as ImportRunsRepository,
    genres as unknown as GenresService,
    changes as unknown as TitleChangeFeed,
    bus as unknown as CatalogBroadcastBus,
    source,
    { now: () => new Date('2026-01-01T00:00:00Z') },
  );
  return { service, titles, runs, genres, changes, bus };
}

describe('SeedImportService.importSeed', () => {
  it('writes in batches, checkpoints each, then recounts genres, rebuilds every search index and tells gateways their cache is stale', async () => {
    const { service, titles, runs, genres, changes, bus } = setup(run(0));
    expect(await service.importSeed()).toEqual({ imported: 5, written: 5, durationMs: 0 });
    expect(titles.upsertBatch.mock.calls.map(([batch]) => batch.length)).toEqual([2, 2, 1]);
    expect(runs.checkpoint.mock.calls.map((call) => call[2])).toEqual([2, 4, 5]);
    expect(genres.recount).toHaveBeenCalled();
    expect(changes.rebuildAll).toHaveBeenCalled();
    expect(bus.publish).toHaveBeenCalledWith('catalog.broadcast.cache.stale', { reason: 'seed import movielens' });
    // Stale only once the index answers the new titles, and before the run reads as done.
    expect(changes.rebuildAll.mock.invocationCallOrder[0]).toBeLessThan(bus.publish.mock.invocationCallOrder[0] ?? 0);
    expect(bus.publish.mock.invocationCallOrder[0]).toBeLessThan(runs.finish.mock.invocationCallOrder[0] ?? 0);
  });

  it('resumes after the last checkpoint', async () => {
    const { service, titles } = setup(run(4));
    expect(await service.importSeed()).toEqual({ imported: 5, written: 1, durationMs: 0 });
    expect(titles.upsertBatch).toHaveBeenCalledTimes(1);
    expect(titles.upsertBatch.mock.calls[0]?.[0].map((write) => write.set.title)).toEqual(['Film 5']);
  });

  it('does nothing when another replica holds the run or it is done', async () => {
    const { service, titles } = setup(null);
    expect(await service.importSeed()).toBeNull();
    expect(titles.upsertBatch).not.toHaveBeenCalled();
  });

  it('stops and records the failure when another replica took the lease over', async () => {
    const { service, titles, runs } = setup(run(0), false);
    await expect(service.importSeed()).rejects.toThrow(/lease/);
    expect(titles.upsertBatch).toHaveBeenCalledTimes(1);
    expect(runs.fail).toHaveBeenCalledWith('movielens-seed', expect.any(String), 'the import lease was taken over by another replica');
  });
});

describe('SeedImportService.status', () => {
  const staff = { actor: { userId: 'u1', sessionId: 's1', role: 'staff' as const, tokenType: 'access' as const, kidProfile: false } };

  it('says idle before the first run when a seed runs on start, not-configured when none does', async () => {
    expect((await setup(null).service.status(staff)).status).toBe('idle');
    expect((await setup(null, true, false).service.status(staff)).status).toBe('not-configured');
  });
});

