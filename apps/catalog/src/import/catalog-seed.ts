import { resolve } from 'node:path';
import type { CatalogConfig } from '../catalog.config.js';
import type { PeopleRepository } from '../people/people.repository.js';
import { DEMO_CATALOG } from './demo-catalog.data.js';
import { demoPeople, demoWrites } from './demo-catalog.seed.js';
import { MovieLensDataset } from './movielens-dataset.js';
import { seedWrite, type SeedWrite } from './seed-upsert.js';

/** Injection token of the seed the catalog imports. */
export const CATALOG_SEED = Symbol('CATALOG_SEED');

/** A catalog imported on first start: its import run id and the idempotent writes of its titles. */
export interface CatalogSeed {
  /** ImportRun _id: one checkpointed run per seed, so switching seeds never resumes the wrong one. */
  readonly runId: string;
  readonly name: string;
  readonly present: boolean;
  /** Every write in a stable order (the checkpoint counts them); at most `limit` titles when limit > 0. */
  writes(limit: number): Promise<SeedWrite[]>;
}

/** The optional MovieLens "ml-latest-small" folder (CATALOG_SEED_DIR): ~9,700 films, non-commercial licence. */
export class MovieLensSeed implements CatalogSeed {
  readonly runId = 'movielens-seed';
  readonly name = 'movielens';

  constructor(private readonly dataset: MovieLensDataset) {}

  get present(): boolean {
    return this.dataset.present;
  }

  async writes(limit: number): Promise<SeedWrite[]> {
    return (await this.dataset.readTitles(limit)).map(seedWrite);
  }
}

/** The demo catalog shipped in the repository (openly licensed and public-domain films): the default. */
export class DemoCatalogSeed implements CatalogSeed {
  readonly runId = 'demo-seed';
  readonly name = 'demo';
  readonly present = true;

  constructor(private readonly people: PeopleRepository) {}

  async writes(limit: number): Promise<SeedWrite[]> {
    const titles = limit > 0 ? DEMO_CATALOG.slice(0, limit) : DEMO_CATALOG;
    const personIds = new Map<string, Awaited<ReturnType<PeopleRepository['resolve']>>>();
    // One at a time: resolve is a find-or-create by name, and the seed runs once.
    for (const name of demoPeople(titles)) personIds.set(name, await this.people.resolve({ name }));
    return titles.flatMap((title) => demoWrites(title, personIds));
  }
}

/** MovieLens when CATALOG_SEED_DIR names a folder that holds it (relative to the working directory), else the demo catalog. */
export function chooseCatalogSeed(config: CatalogConfig, people: PeopleRepository): CatalogSeed {
  if (config.CATALOG_SEED_DIR) {
    const movieLens = new MovieLensSeed(new MovieLensDataset(resolve(config.CATALOG_SEED_DIR)));
    if (movieLens.present) return movieLens;
  }
  return new DemoCatalogSeed(people);
}
