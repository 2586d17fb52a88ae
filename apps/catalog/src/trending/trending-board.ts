import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, CatalogBroadcasts, type TrendingChangedBroadcast, type TrendingWindow } from '@onstream/common';
import { TitleBrowseIndex, titleMatcherOf, type BrowsedTitle } from '../browse/title-browse-index.js';
import { CatalogConfig } from '../catalog.config.js';
import { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import type { TitleListFilter } from '../titles/titles.repository.js';
import { TrendingSnapshotsRepository } from './trending-snapshots.repository.js';

/** Our feed windows and the analytics windows that score them, with how old a snapshot may be. */
const WINDOWS: Record<TrendingWindow, { analytics: '24h' | '7d'; maxAgeMs: number }> = {
  day: { analytics: '24h', maxAgeMs: 24 * 3600_000 },
  week: { analytics: '7d', maxAgeMs: 7 * 24 * 3600_000 },
};
const TREND_WINDOWS = Object.keys(WINDOWS) as TrendingWindow[];

interface Scores {
  computedAt: Date;
  /** Title id or media video id → score. */
  byRef: Map<string, number>;
}

/** Each window's titles, best first, as of one version of the browse index. */
interface Orders {
  browseVersion: number;
  analytics: Record<TrendingWindow, BrowsedTitle[]>;
  tmdb: Record<TrendingWindow, BrowsedTitle[]>;
}

/**
 * The trending feed's ordered lists, held in memory like the browse index they are made of (ADR 0028):
 * analytics' newest scores per window, kept current by the trending consumer (and, on the other
 * replicas, its broadcast), and TMDb's stored ranks. A read walks one short ordered list (analytics
 * scores at most 100 titles) with the audience's filter; it never touches Mongo.
 */
@Injectable()
export class TrendingBoard implements OnApplicationBootstrap {
  private readonly scores = new Map<TrendingWindow, Scores>();
  private orders: Orders | undefined;

  constructor(
    private readonly snapshots: TrendingSnapshotsRepository,
    private readonly browse: TitleBrowseIndex,
    private readonly bus: CatalogBroadcastBus,
    private readonly config: CatalogConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.subscribe<TrendingChangedBroadcast>(CatalogBroadcasts.TrendingChanged, (change) => this.reload(change.window));
    for (const window of TREND_WINDOWS) await this.reload(WINDOWS[window].analytics);
  }

  /** A snapshot of this analytics window was stored here: load it, then tell the other replicas. */
  async stored(analyticsWindow: string): Promise<void> {
    await this.reload(analyticsWindow);
    await this.bus.publish<TrendingChangedBroadcast>(CatalogBroadcasts.TrendingChanged, { window: analyticsWindow });
  }

  /**
   * Analytics' titles this audience may see, best first; null when the window's scores are missing,
   * older than the window, or cover fewer than CATALOG_TRENDING_MIN_TITLES such titles.
   */
  analytics(window: TrendingWindow, filter: TitleListFilter, limit: number): BrowsedTitle[] | null {
    const scores = this.scores.get(window);
    if (!scores || scores.computedAt.getTime() < this.clock.now().getTime() - WINDOWS[window].maxAgeMs) return null;
    const matches = titleMatcherOf(filter);
    const items: BrowsedTitle[] = [];
    let found = 0;
    for (const title of this.current().analytics[window]) {
      if (!matches(title)) continue;
      if (items.length < limit) items.push(title);
      if (++found >= this.config.CATALOG_TRENDING_MIN_TITLES && items.length >= limit) break;
    }
    return found < this.config.CATALOG_TRENDING_MIN_TITLES ? null : items;
  }

  /** TMDb's trending titles of the window (stored by the nightly refresh) this audience may see, best rank first. */
  tmdb(window: TrendingWindow, filter: TitleListFilter, limit: number): BrowsedTitle[] {
    const matches = titleMatcherOf(filter);
    const items: BrowsedTitle[] = [];
    for (const title of this.current().tmdb[window]) {
      if (items.length >= limit) break;
      if (matches(title)) items.push(title);
    }
    return items;
  }

  private async reload(analyticsWindow: string): Promise<void> {
    const window = TREND_WINDOWS.find((candidate) => WINDOWS[candidate].analytics === analyticsWindow);
    if (!window) return;
    const snapshot = await this.snapshots.find(analyticsWindow);
    if (!snapshot) return;
    const known = this.scores.get(window);
    if (known && known.computedAt >= snapshot.computedAt) return;
    this.scores.set(window, { computedAt: snapshot.computedAt, byRef: new Map(snapshot.entries.map((entry) => [entry.videoId, entry.score])) });
    this.orders = undefined;
  }

  /** The ordered lists, rebuilt when the scores or the browse index changed (a few hundred titles at most). */
  private current(): Orders {
    if (this.orders?.browseVersion === this.browse.version) return this.orders;
    const analytics = { day: this.byScore(this.scores.get('day')), week: this.byScore(this.scores.get('week')) };
    const ranked = this.browse.tmdbTrending();
    const tmdb = { day: byTmdbRank(ranked, 'day'), week: byTmdbRank(ranked, 'week') };
    this.orders = { browseVersion: this.browse.version, analytics, tmdb };
    return this.orders;
  }

  /** A title may be scored under its own id and under its media video's id: both count. */
  private byScore(scores: Scores | undefined): BrowsedTitle[] {
    const total = new Map<string, { title: BrowsedTitle; score: number }>();
    const add = (title: BrowsedTitle, score: number) => {
      const entry = total.get(title.id);
      if (entry) entry.score += score;
      else total.set(title.id, { title, score });
    };
    for (const [ref, score] of scores?.byRef ?? []) {
      const own = this.browse.get(ref);
      if (own) add(own, score);
      for (const title of this.browse.byMediaVideoId(ref)) add(title, score);
    }
    return [...total.values()].sort((a, b) => b.score - a.score || (a.title.id < b.title.id ? -1 : 1)).map(({ title }) => title);
  }
}

function byTmdbRank(titles: BrowsedTitle[], window: TrendingWindow): BrowsedTitle[] {
  const rank = (title: BrowsedTitle) => title.tmdbTrending[window] ?? 0;
  return titles.filter((title) => rank(title) >= 1).sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
}
