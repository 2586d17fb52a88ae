import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type ActorRequest, type ImportStatusResponse, requireAccess } from '@onstream/common';
import { resolve } from 'node:path';
import { CatalogConfig } from '../catalog.config.js';
import { GenresService } from '../genres/genres.service.js';
import { CLOCK, type Clock } from '../lists/clock.js';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { ImportRunsRepository } from './import-runs.repository.js';
import { MovieLensDataset } from './movielens-dataset.js';
import { seedWrite } from './seed-upsert.js';

export const SEED_RUN_ID = 'movielens-seed';
const LEASE_MS = 60_000;

export interface SeedImportResult {
  /** Titles in the seed. */
  imported: number;
  /** Titles this run inserted or changed (a resumed run starts at its checkpoint; unchanged titles are not rewritten). */
  written: number;
  durationMs: number;
}

/**
 * Imports the MovieLens seed: idempotent bulk upserts in batches, a checkpoint after each batch
 * (a restarted import resumes there) and a lease so one replica imports at a time.
 */
@Injectable()
export class SeedImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedImportService.name);
  private readonly owner = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  readonly dataset: MovieLensDataset;

  constructor(
    private readonly config: CatalogConfig,
    private readonly titles: TitlesRepository,
    private readonly runs: ImportRunsRepository,
    private readonly genres: GenresService,
    private readonly changes: TitleChangeFeed,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.dataset = new MovieLensDataset(resolve(config.CATALOG_SEED_DIR || '/nonexistent'));
  }

  /** Starts the seed in the background when configured and the catalog is empty (or a run was cut short). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.CATALOG_SEED_ON_START || !this.config.CATALOG_SEED_DIR || !this.dataset.present) {
      this.logger.log({ msg: 'no seed dataset configured or found; catalog starts as it is', dir: this.config.CATALOG_SEED_DIR });
      return;
    }
    const run = await this.runs.find(SEED_RUN_ID);
    const unfinished = run !== null && run.status !== 'done';
    if (!unfinished && (run !== null || (await this.titles.count()) > 0)) return;
    void this.importSeed().catch((error: unknown) => this.logger.error({ msg: 'seed import failed', err: error instanceof Error ? error.message : String(error) }));
  }

  /** Runs (or resumes) the import; null when another replica holds it or it is already done. */
  async importSeed(): Promise<SeedImportResult | null> {
    const started = this.clock.now();
    const run = await this.runs.claim(SEED_RUN_ID, this.owner, started, LEASE_MS);
    if (!run) return null;
    try {
      const titles = await this.dataset.readTitles(this.config.CATALOG_SEED_LIMIT);
      const batchSize = this.config.CATALOG_IMPORT_BATCH_SIZE;
      this.logger.log({ msg: 'seed import started', titles: titles.length, resumeAt: run.processed });
      let written = 0;
      for (let done = run.processed; done < titles.length; ) {
        const batch = titles.slice(done, done + batchSize);
        written += await this.titles.upsertBatch(batch.map(seedWrite));
        done += batch.length;
        const stillOurs = await this.runs.checkpoint(SEED_RUN_ID, this.owner, done, titles.length, new Date(this.clock.now().getTime() + LEASE_MS));
        if (!stillOurs) throw new Error('the import lease was taken over by another replica');
      }
      await this.genres.recount();
      await this.changes.rebuildAll();
      const durationMs = this.clock.now().getTime() - started.getTime();
      await this.runs.finish(SEED_RUN_ID, this.owner, this.clock.now(), durationMs);
      this.logger.log({ msg: 'seed import finished', titles: titles.length, written, durationMs });
      return { imported: titles.length, written, durationMs };
    } catch (error) {
      await this.runs.fail(SEED_RUN_ID, this.owner, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  async status(request: ActorRequest): Promise<ImportStatusResponse> {
    requireAccess(request.actor, 'catalog.write');
    const run = await this.runs.find(SEED_RUN_ID);
    if (!run) {
      const status = this.dataset.present && this.config.CATALOG_SEED_DIR ? 'idle' : 'not-configured';
      return { status, processed: 0, total: 0, startedAt: null, finishedAt: null, durationMs: null, error: null };
    }
    return {
      status: run.status,
      processed: run.processed,
      total: run.total,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
      durationMs: run.durationMs,
      error: run.error,
    };
  }
}
