import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CatalogBroadcasts, type TitlesChangedBroadcast } from '@onstream/common';
import { TitlesRepository } from '../titles/titles.repository.js';
import { CatalogBroadcastBus } from './catalog-broadcast.bus.js';
import { TitleSearchIndex, toIndexedTitle, type IndexedTitle } from './title-search-index.js';

/**
 * Keeps every replica's search index in step with Mongo. A change is applied to the local index
 * before the write answers (read-your-writes on this replica), then broadcast so the other
 * replicas re-read the same titles from Mongo. Bulk changes (imports) ask for a full rebuild.
 */
@Injectable()
export class TitleChangeFeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(TitleChangeFeed.name);

  constructor(
    private readonly titles: TitlesRepository,
    private readonly index: TitleSearchIndex,
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

  async rebuildAll(): Promise<void> {
    await this.rebuildLocal();
    await this.bus.publish(CatalogBroadcasts.IndexRebuild, {});
  }

  private async refresh(ids: string[]): Promise<void> {
    const found = await this.titles.findByIds(ids);
    const present = new Set(found.map((title) => title._id.toHexString()));
    // A title hidden by moderation leaves the index like a deleted one.
    for (const title of found) if (title.hidden === true) this.index.remove(title._id.toHexString()); else this.index.upsert(toIndexedTitle(title));
    for (const id of ids) if (!present.has(id)) this.index.remove(id);
  }

  private async rebuildLocal(): Promise<void> {
    const started = Date.now();
    const documents: IndexedTitle[] = [];
    for await (const batch of this.titles.scanAll()) documents.push(...batch.filter((title) => title.hidden !== true).map(toIndexedTitle));
    this.index.replaceAll(documents);
    this.logger.log({ msg: 'search index built', titles: documents.length, ms: Date.now() - started });
  }
}
