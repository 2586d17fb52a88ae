import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES, CatalogBroadcasts, outsideRequest, type CacheStaleBroadcast } from '@onstream/common';
import { CatalogConfig } from '../catalog.config.js';
import { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { genreSlug } from '../titles/sort-title.js';
import { GenresRepository, type StoredGenre } from './genres.repository.js';

/** Keeps the genres collection (names, slugs, counts) in step with the titles. */
@Injectable()
export class GenresService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(GenresService.name);
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  /** A staff edit is waiting for a recount that tells the gateways when the counts are in. */
  private announce = false;
  private delayed: NodeJS.Timeout | null = null;

  constructor(
    private readonly genres: GenresRepository,
    private readonly titles: TitlesRepository,
    private readonly broadcasts: CatalogBroadcastBus,
    private readonly config: CatalogConfig,
  ) {}

  /**
   * Counts the titles of each genre again. A recount reads every title, so one runs at a time: calls
   * made during one share the next, which starts after them and so covers their changes.
   */
  recount(): Promise<void> {
    if (!this.running) {
      // Shared by every caller, so not bounded by the deadline of the one that started it.
      this.running = outsideRequest(() => this.countAll()).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.recount();
      });
    return this.queued;
  }

  /**
   * After one title's edit: the write does not wait for the recount (issue 23: a title write must not
   * wait behind a whole-catalogue read), and the edits of GENRE_RECOUNT_DELAY_MS share one; once the
   * counts are in, gateways drop their cached lists (title pages do not show the counts).
   */
  recountInBackground(): void {
    this.announce = true;
    this.delayed ??= outsideRequest(() =>
      setTimeout(() => {
        this.delayed = null;
        this.recount().catch((error: unknown) => this.logger.warn({ msg: 'genre counts not updated; the next change recounts', err: error instanceof Error ? error.message : String(error) }));
      }, this.config.GENRE_RECOUNT_DELAY_MS),
    );
  }

  /** A replica that stopped inside the delay left its edits uncounted; the next start counts them. */
  onApplicationBootstrap(): void {
    this.recountInBackground();
  }

  onApplicationShutdown(): void {
    if (this.delayed) clearTimeout(this.delayed);
  }

  list(): Promise<StoredGenre[]> {
    return this.genres.listNonEmpty();
  }

  findBySlug(slug: string): Promise<StoredGenre | null> {
    return this.genres.findBySlug(slug);
  }

  private async countAll(): Promise<void> {
    const announce = this.announce;
    this.announce = false;
    const counts = await this.titles.countByGenre(BROWSABLE_TITLE_TYPES);
    const changed = await this.genres.replaceCounts([...counts].map(([name, titleCount]) => ({ slug: genreSlug(name), name, titleCount })));
    if (announce && changed) await this.broadcasts.publish<CacheStaleBroadcast>(CatalogBroadcasts.CacheStale, { reason: 'genre counts', scope: 'lists' });
  }
}
