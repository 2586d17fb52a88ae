import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, CatalogBroadcasts, type ActorRequest, type CacheStaleBroadcast, type ImportStatusResponse, requireAccess } from '@onstream/common';
import { CatalogConfig } from '../catalog.config.js';
import { GenresService } from '../genres/genres.service.js';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { CATALOG_SEED, type CatalogSeed } from './catalog-seed.js';
import { ImportRunsRepository } from './import-runs.repository.js';

const LEASE_MS = 60_000;

export interface SeedImportResult {
  /** Titles in the seed. */
  imported: number;
  /** Titles this run inserted or changed (a resumed run starts at its checkpoint; unchanged titles are not rewritten). */
  written: number;
  durationMs: number;
}

/**
 * Imports the seed catalog — MovieLens when CATALOG_SEED_DIR names a folder that holds it, else the
 * demo catalog shipped in the repository: idempotent bulk upserts in batches, a checkpoint after
 * each batch (a restarted import resumes there) and a lease so one replica imports at a time.
 */
@Injectable()
export class SeedImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedImportService.name);
  private readonly owner = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  constructor(
    private readonly config: CatalogConfig,
    private readonly titles: TitlesRepository,
    private readonly runs: ImportRunsRepository,
    private readonly genres: GenresService,
    private readonly changes: TitleChangeFeed,
    private readonly bus: CatalogBroadcastBus,
    @Inject(CATALOG_SEED) readonly seed: CatalogSeed,
    private readonly clock: Clock,
  ) {}

  /** Starts the seed in the background when configured and the catalog is empty (or a run was cut short). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.CATALOG_SEED_DIR && this.seed.name !== 'movielens') this.logger.warn({ msg: 'no MovieLens files in CATALOG_SEED_DIR; the demo catalog is the seed', dir: this.config.CATALOG_SEED_DIR });
    if (!this.config.CATALOG_SEED_ON_START) return;
    const run = await this.runs.find(this.seed.runId);
    const unfinished = run !== null && run.status !== 'done';
    if (!unfinished && (run !== null || (await this.titles.count()) > 0)) return;
    void this.importSeed().catch((error: unknown) => this.logger.error({ msg: 'seed import failed', err: error instanceof Error ? error.message : String(error) }));
  }

  /** Runs (or resumes) the import; null when another replica holds it or it is already done. */
  async importSeed(): Promise<SeedImportResult | null> {
    const started = this.clock.now();
    const { runId } = this.seed;
    const run = await this.runs.claim(runId, this.owner, started, LEASE_MS);
    if (!run) return null;
    try {
      const titles = await this.seed.writes(this.config.CATALOG_SEED_LIMIT);
      const batchSize = this.config.CATALOG_IMPORT_BATCH_SIZE;
      this.logger.log({ msg: 'seed import started', seed: this.seed.name, titles: titles.length, resumeAt: run.processed });
      let written = 0;
      for (let done = run.processed; done < titles.length; ) {
        const batch = titles.slice(done, done + batchSize);
        written += await this.titles.upsertBatch(batch);
        done += batch.length;
        const stillOurs = await this.runs.checkpoint(runId, this.owner, done, titles.length, new Date(this.clock.now().getTime() + LEASE_MS));
        if (!stillOurs) throw new Error('the import lease was taken over by another replica');
      }
      await this.genres.recount();
      await this.changes.rebuildAll();
      // Gateways drop catalog reads cached while the import ran (an empty list asked mid-import).
      await this.bus.publish<CacheStaleBroadcast>(CatalogBroadcasts.CacheStale, { reason: `seed import ${this.seed.name}` });
      const durationMs = this.clock.now().getTime() - started.getTime();
      await this.runs.finish(runId, this.owner, this.clock.now(), durationMs);
      this.logger.log({ msg: 'seed import finished', seed: this.seed.name, titles: titles.length, written, durationMs });
      return { imported: titles.length, written, durationMs };
    } catch (error) {
      await this.runs.fail(runId, this.owner, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  async status(request: ActorRequest): Promise<ImportStatusResponse> {
    requireAccess(request.actor, 'catalog.write');
    const run = await this.runs.find(this.seed.runId);
    if (!run) {
      // The demo catalog is always there: "not configured" now means no import runs on start.
      const status = this.seed.present && this.config.CATALOG_SEED_ON_START ? 'idle' : 'not-configured';
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
