import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CatalogBroadcasts, type TitlesChangedBroadcast } from '@onstream/common';
import { TitleBrowseIndex, toBrowsedTitle, type BrowsedTitle } from '../browse/title-browse-index.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import { CatalogBroadcastBus } from './catalog-broadcast.bus.js';
import { TitleSearchIndex, toIndexedTitle, type IndexedTitle } from './title-search-index.js';

/**
 * Keeps every replica's in-process indexes (search, browse) in step with Mongo. A change is applied
 * to the local indexes before the write answers (read-your-writes on this replica), then broadcast
 * so the other replicas re-read the same titles from Mongo. Bulk changes (imports) ask for a full
 * rebuild.
 */
@Injectable()
export class TitleChangeFeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(TitleChangeFeed.name);

  constructor(
    private readonly titles: TitlesRepository,
    private readonly index: TitleSearchIndex,
    private readonly browse: TitleBrowseIndex,
    private readonly bus: CatalogBroadcastBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.subscribe<TitlesChangedBroadcast>(CatalogBroadcasts.TitlesChanged, (change) => this.refresh(change.ids));
    await this.bus.subscribe<Record<string, never>>(CatalogBroadcasts.IndexRebuild, () => this.rebuildLocal());
    await this.rebuildLocal();
  }

  async titlesChanged(ids: string[]): Promise<void> {
    await this.refresh(ids);
    await this.bus.publish<TitlesChangedBroadcast>(CatalogBroadcasts.TitlesChanged, { ids });
  }

  /** Titles this replica has just written, as the store answered the write: applied without reading them back. */
  async titlesWritten(titles: StoredTitle[]): Promise<void> {
    this.apply(titles);
    await this.bus.publish<TitlesChangedBroadcast>(CatalogBroadcasts.TitlesChanged, { ids: titles.map((title) => title._id.toHexString()) });
  }

  async rebuildAll(): Promise<void> {
    await this.rebuildLocal();
    await this.bus.publish(CatalogBroadcasts.IndexRebuild, {});
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
    const started = Date.now();
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
    this.logger.log({ msg: 'search index built', titles: documents.length, ms: Date.now() - started });
  }
}
