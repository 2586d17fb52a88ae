import { Inject, Injectable } from '@nestjs/common';
import type { TrendingWindow } from '@onstream/common';
import { CatalogConfig } from '../catalog.config.js';
import { CLOCK, type Clock } from '../lists/clock.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import { TitlesRepository, type TitleListFilter } from '../titles/titles.repository.js';
import { TrendingSnapshotsRepository } from './trending-snapshots.repository.js';

/** Our feed windows and the analytics windows that score them, with how old a snapshot may be. */
const WINDOWS: Record<TrendingWindow, { analytics: '24h' | '7d'; maxAgeMs: number }> = {
  day: { analytics: '24h', maxAgeMs: 24 * 3600_000 },
  week: { analytics: '7d', maxAgeMs: 7 * 24 * 3600_000 },
};

/** Trending from analytics' scores (views and watch time, time-decayed), when they say enough. */
@Injectable()
export class AnalyticsTrending {
  constructor(
    private readonly snapshots: TrendingSnapshotsRepository,
    private readonly titles: TitlesRepository,
    private readonly config: CatalogConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The scored titles this audience may see, best first; null when the newest snapshot is missing,
   * older than its window, or covers fewer than CATALOG_TRENDING_MIN_TITLES such titles.
   */
  async rank(window: TrendingWindow, filter: TitleListFilter, limit: number): Promise<StoredTitle[] | null> {
    const { analytics, maxAgeMs } = WINDOWS[window];
    const snapshot = await this.snapshots.find(analytics);
    if (!snapshot || snapshot.computedAt.getTime() < this.clock.now().getTime() - maxAgeMs) return null;
    const scores = new Map(snapshot.entries.map((entry) => [entry.videoId, entry.score]));
    const found = await this.titles.findByRefs([...scores.keys()], filter);
    if (found.length < this.config.CATALOG_TRENDING_MIN_TITLES) return null;
    // A title may be scored under its own id and under its media video's id: both count.
    const scoreOf = (title: StoredTitle) => (scores.get(title._id.toHexString()) ?? 0) + (title.mediaVideoId ? (scores.get(title.mediaVideoId) ?? 0) : 0);
    return found
      .map((title) => ({ title, score: scoreOf(title) }))
      .sort((a, b) => b.score - a.score || a.title._id.toHexString().localeCompare(b.title._id.toHexString()))
      .slice(0, limit)
      .map(({ title }) => title);
  }
}
