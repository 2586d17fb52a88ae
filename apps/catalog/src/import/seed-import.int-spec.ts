import { Test, type TestingModule } from '@nestjs/testing';
import { getConnectionToken, getModelToken } from '@nestjs/mongoose';
import { loadConfig } from '@onstream/common';
import { ImportRun } from '@onstream/common/schemas/import-run.schema.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connection, Model } from 'mongoose';
import { CatalogConfig } from '../catalog.config.js';
import { CatalogModule } from '../catalog.module.js';
import { SearchService } from '../search/search.service.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { SeedImportService } from './seed-import.service.js';

const SEED_RUN_ID = 'movielens-seed';

// The full MovieLens seed into real FerretDB (and a NATS connection for the index broadcast), once.
const DATASET = resolve(import.meta.dirname, '../../../../../shared/datasets/movielens-small');
const FULL_SEED = 9742;
const describeWithDataset = existsSync(join(DATASET, 'movies.csv')) ? describe : describe.skip;

describeWithDataset('MovieLens seed import (full dataset, FerretDB)', () => {
  let moduleRef: TestingModule;
  let seed: SeedImportService;
  let titles: TitlesRepository;

  beforeAll(async () => {
    const config = loadConfig(CatalogConfig, {
      ...process.env,
      MONGO_DB_PREFIX: `it_${Math.random().toString(36).slice(2, 10)}_`,
      CATALOG_SEED_DIR: DATASET,
      CATALOG_SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
    });
    moduleRef = await Test.createTestingModule({ imports: [CatalogModule.forRoot(config)] }).compile();
    await moduleRef.init();
    seed = moduleRef.get(SeedImportService);
    titles = moduleRef.get(TitlesRepository);
    expect(seed.seed.runId).toBe(SEED_RUN_ID);
  }, 60_000);

  afterAll(async () => {
    await moduleRef.get<Connection>(getConnectionToken()).dropDatabase();
    await moduleRef.close();
  }, 60_000);

  it('imports all 9,742 films and makes them searchable', async () => {
    const started = Date.now();
    const result = await seed.importSeed();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`full MovieLens seed import: ${FULL_SEED} titles in ${seconds.toFixed(1)} s\n`);
    expect(result?.imported).toBe(FULL_SEED);
    expect(await titles.count()).toBe(FULL_SEED);
    const found = await moduleRef.get(SearchService).search({ q: 'godfathr', page: 1, limit: 3 });
    expect(found.items[0]?.title).toBe('The Godfather');
  }, 180_000);

  it('resumes an interrupted run from its checkpoint without duplicating titles', async () => {
    const runs = moduleRef.get<Model<ImportRun>>(getModelToken(ImportRun.name));
    // As if a replica had died at 9,500 titles: still "running", lease long expired.
    await runs.updateOne({ _id: SEED_RUN_ID }, { $set: { status: 'running', processed: 9500, owner: 'dead-replica', leaseUntil: new Date(0) } }).exec();
    const result = await seed.importSeed();
    expect(result?.imported).toBe(FULL_SEED);
    expect(await titles.count()).toBe(FULL_SEED);
    expect((await runs.findById(SEED_RUN_ID).lean().exec())?.status).toBe('done');
  }, 120_000);

  it('does not run again once done', async () => {
    expect(await seed.importSeed()).toBeNull();
  });
});
