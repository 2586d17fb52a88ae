import { Test, type TestingModule } from '@nestjs/testing';
import { getConnectionToken, getModelToken } from '@nestjs/mongoose';
import { loadConfig } from '@onstream/common';
import { ImportRun } from '@onstream/common/schemas/import-run.schema.js';
import { Title } from '@onstream/common/schemas/title.schema.js';
import { MongoClient } from 'mongodb';
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
// Deadlines are generous on purpose (a busy shared machine is several times slower); the figures
// printed here are for reading, the benches measure speed.
const DATASET = resolve(import.meta.dirname, '../../../../../shared/datasets/movielens-small');
const FULL_SEED = 9742;
const CHECKPOINT = 9500;
const WRITTEN_BEFORE_DEATH = 100;
const describeWithDataset = existsSync(join(DATASET, 'movies.csv')) ? describe : describe.skip;

describeWithDataset('MovieLens seed import (full dataset, FerretDB)', () => {
  let moduleRef: TestingModule;
  let seed: SeedImportService;
  let titles: TitlesRepository;
  let mongoUrl: string;

  beforeAll(async () => {
    const config = loadConfig(CatalogConfig, {
      ...process.env,
      MONGO_DB_PREFIX: `it_${Math.random().toString(36).slice(2, 10)}_`,
      CATALOG_SEED_DIR: DATASET,
      CATALOG_SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
    });
    mongoUrl = config.MONGO_URL;
    moduleRef = await Test.createTestingModule({ imports: [CatalogModule.forRoot(config)] }).compile();
    await moduleRef.init();
    seed = moduleRef.get(SeedImportService);
    titles = moduleRef.get(TitlesRepository);
    expect(seed.seed.runId).toBe(SEED_RUN_ID);
  });

  afterAll(async () => {
    // Everything that writes stops before the drop: FerretDB's SQLite backend crashes when a dropped
    // database is written again while its old connections still read it (docs/adr/0016).
    const database = moduleRef.get<Connection>(getConnectionToken()).name;
    await moduleRef.close();
    const client = await MongoClient.connect(mongoUrl);
    try {
      await client.db(database).dropDatabase();
    } finally {
      await client.close();
    }
  });

  let fullImportSeconds = 0;

  it('imports all 9,742 films and makes them searchable', async () => {
    const started = Date.now();
    const result = await seed.importSeed();
    fullImportSeconds = (Date.now() - started) / 1000;
    process.stdout.write(`full MovieLens seed import: ${FULL_SEED} titles in ${fullImportSeconds.toFixed(1)} s\n`);
    expect(result).toMatchObject({ imported: FULL_SEED, written: FULL_SEED });
    expect(await titles.count()).toBe(FULL_SEED);
    const found = await moduleRef.get(SearchService).search({ q: 'godfathr', page: 1, limit: 3 });
    expect(found.items[0]?.title).toBe('The Godfather');
  }, 900_000);

  it('resumes an interrupted run at its checkpoint, writing only the titles that were missing or differ', async () => {
    const runs = moduleRef.get<Model<ImportRun>>(getModelToken(ImportRun.name));
    const stored = moduleRef.get<Model<Title>>(getModelToken(Title.name));
    const seedIds = (await seed.seed.writes(0)).map((write) => write._id);
    // As if a replica had died at the 9,500 checkpoint after writing 100 titles of its next batch:
    // the rest of the seed is missing, the run still "running" with its lease long expired.
    await stored.deleteMany({ _id: { $in: seedIds.slice(CHECKPOINT + WRITTEN_BEFORE_DEATH) } }).exec();
    await runs.updateOne({ _id: SEED_RUN_ID }, { $set: { status: 'running', processed: CHECKPOINT, owner: 'dead-replica', leaseUntil: new Date(0) } }).exec();
    // Staff renamed a title before the checkpoint since: the resumed run must not touch it. One of the
    // 100 written after it differs from the seed: the resumed run corrects it (one update).
    const edited = seedIds[0];
    const drifted = seedIds[CHECKPOINT + 50];
    await stored.updateMany({ _id: { $in: [edited, drifted] } }, { $set: { title: 'Renamed by staff' } }).exec();

    const started = Date.now();
    const result = await seed.importSeed();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`resumed MovieLens seed import: ${result?.written} of ${FULL_SEED - CHECKPOINT} titles after the checkpoint written in ${seconds.toFixed(1)} s (full import: ${fullImportSeconds.toFixed(1)} s)\n`);
    expect(result).toMatchObject({ imported: FULL_SEED, written: FULL_SEED - CHECKPOINT - WRITTEN_BEFORE_DEATH + 1 });
    expect(await titles.count()).toBe(FULL_SEED);
    expect((await stored.findById(edited).lean().exec())?.title).toBe('Renamed by staff');
    expect((await stored.findById(drifted).lean().exec())?.title).not.toBe('Renamed by staff');
    expect((await runs.findById(SEED_RUN_ID).lean().exec())?.status).toBe('done');
  }, 600_000);

  it('does not run again once done', async () => {
    const runs = moduleRef.get<Model<ImportRun>>(getModelToken(ImportRun.name));
    expect((await runs.findById(SEED_RUN_ID).lean().exec())?.status).toBe('done');
    expect(await seed.importSeed()).toBeNull();
  });
});
