import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CatalogBroadcasts, Clock, runPeriodically, type TitlesChangedBroadcast } from '@onstream/common';
import { CatalogConfig } from '../catalog.config.js';
import { TitleBrowseIndex, toBrowsedTitle, type BrowsedTitle } from '../browse/title-browse-index.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import { CatalogBroadcastBus } from './catalog-broadcast.bus.js';
import { TitleSearchIndex, toIndexedTitle, type IndexedTitle } from './title-search-index.js';

/** How far back each catch-up re-reads before the previous one began: clock skew between replicas, writes in flight. */
export const CATCH_UP_OVERLAP_MS = 10_000;
/** How long deletions are kept for the catch-up; a replica further behind rebuilds. */
export const DELETIONS_KEPT_MS = 24 * 3600_000;

/**
 * Keeps every replica's in-process indexes (search, browse) in step with Mongo. A change is applied
 * to the local indexes before the write answers (read-your-writes on this replica), then broadcast
 * so the other replicas re-read the same titles from Mongo. Bulk changes (imports) ask for a full
 * rebuild. A broadcast is fire-and-forget (a crash after the write, a replica reconnecting to NATS):
 * every CATALOG_INDEX_CATCH_UP_MS each replica also re-reads the titles written and deleted since its
 * last catch-up, so a lost broadcast costs at most that long (ADR 0041).
 */
@Injectable()
export class TitleChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TitleChangeFeed.name);
  /** The next catch-up reads changes from here: the last catch-up's (or rebuild's) start, less the overlap. */
  private readFrom: Date | undefined;
  /**
   * When this replica last applied a title from its own write or a broadcast (ms): a catch-up whose read
   * began before that leaves the title as applied, since it may have read the version before.
   */
  private readonly touchedAt = new Map<string, number>();
  private stopCatchingUp: () => void = () => undefined;

  constructor(
    private readonly titles: TitlesRepository,
    private readonly index: TitleSearchIndex,
    private readonly browse: TitleBrowseIndex,
    private readonly bus: CatalogBroadcastBus,
    private readonly config: CatalogConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.subscribe<TitlesChangedBroadcast>(CatalogBroadcasts.TitlesChanged, async (change) => {
      await this.refresh(change.ids);
      this.touch(change.ids);
    });
    await this.bus.subscribe<Record<string, never>>(CatalogBroadcasts.IndexRebuild, () => this.rebuildLocal());
    await this.rebuildLocal();
    this.stopCatchingUp = runPeriodically(this.config.CATALOG_INDEX_CATCH_UP_MS, () => this.catchUp(), this.logger, { msg: 'title index catch-up failed; tried again later', level: 'warn' });
  }

  onApplicationShutdown(): void {
    this.stopCatchingUp();
  }

  /**
   * Applies the titles written and deleted since the last catch-up. A title the store still holds is
   * live whatever deletion of its id is recorded (a creator video made public again keeps its id).
   * Deletions are read first: one made during the title scan is seen by the next catch-up.
   */
  async catchUp(): Promise<void> {
    const started = this.clock.now();
    if (!this.readFrom || started.getTime() - this.readFrom.getTime() > DELETIONS_KEPT_MS - CATCH_UP_OVERLAP_MS) {
      await this.rebuildLocal();
      return;
    }
    const untouched = (id: string) => (this.touchedAt.get(id) ?? -Infinity) < started.getTime();
    const deleted = await this.titles.deletedSince(this.readFrom);
    const live = new Set<string>();
    for await (const batch of this.titles.scanChangedSince(this.readFrom)) {
      this.apply(batch.filter((title) => untouched(title._id.toHexString())));
      for (const title of batch) live.add(title._id.toHexString());
    }
    for (const id of deleted) if (!live.has(id) && untouched(id)) this.removeLocal(id);
    // A later catch-up begins its read after these touches: it sees what they applied.
    for (const [id, at] of this.touchedAt) if (at < started.getTime()) this.touchedAt.delete(id);
    this.readFrom = new Date(started.getTime() - CATCH_UP_OVERLAP_MS);
    await this.titles.forgetDeletionsBefore(new Date(started.getTime() - DELETIONS_KEPT_MS));
  }

  async titlesChanged(ids: string[]): Promise<void> {
    await this.refresh(ids);
    this.touch(ids);
    await this.bus.publish<TitlesChangedBroadcast>(CatalogBroadcasts.TitlesChanged, { ids });
  }

  /** Titles this replica has just written, as the store answered the write: applied without reading them back. */
  async titlesWritten(titles: StoredTitle[]): Promise<void> {
    this.apply(titles);
    this.touch(titles.map((title) => title._id.toHexString()));
    await this.bus.publish<TitlesChangedBroadcast>(CatalogBroadcasts.TitlesChanged, { ids: titles.map((title) => title._id.toHexString()) });
  }

  async rebuildAll(): Promise<void> {
    await this.rebuildLocal();
    await this.bus.publish(CatalogBroadcasts.IndexRebuild, {});
  }

  private touch(ids: string[]): void {
    const now = this.clock.now().getTime();
    for (const id of ids) this.touchedAt.set(id, now);
  }

  private async refresh(ids: string[]): Promise<void> {
    const found = await this.titles.findByIds(ids);
    this.apply(found);
    const present = new Set(found.map((title) => title._id.toHexString()));
    for (const id of ids) if (!present.has(id)) this.removeLocal(id);
  }

  private apply(titles: StoredTitle[]): void {
    // A title hidden by moderation leaves the index like a deleted one.
    for (const title of titles) {
      if (title.hidden === true) this.removeLocal(title._id.toHexString());
      else {
        this.index.upsert(toIndexedTitle(title));
        this.browse.upsert(toBrowsedTitle(title));
      }
    }
  }

  private removeLocal(id: string): void {
    this.index.remove(id);
    this.browse.remove(id);
  }

  private async rebuildLocal(): Promise<void> {
    const startedAt = this.clock.now();
    const documents: IndexedTitle[] = [];
    const browsed: BrowsedTitle[] = [];
    for await (const batch of this.titles.scanAll()) {
      for (const title of batch) {
        if (title.hidden === true) continue;
        documents.push(toIndexedTitle(title));
        browsed.push(toBrowsedTitle(title));
      }
    }
    this.index.replaceAll(documents);
    this.browse.replaceAll(browsed);
    this.readFrom = new Date(startedAt.getTime() - CATCH_UP_OVERLAP_MS);
    this.logger.log({ msg: 'search index built', titles: documents.length, ms: this.clock.now().getTime() - startedAt.getTime() });
  }
}
