import { Injectable } from '@nestjs/common';
import { TitleTypes, type TitleSort } from '@onstream/common';
import { featuresOf, type SimilarityFeatures } from '../recommendations/similarity.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import type { TitleListFilter, TitleOrder } from '../titles/titles.repository.js';
import { catalogMeanRating, weightedRating } from './weighted-rating.js';

/** What lists, rows, children and similar titles read of one title: its summary, filter and sort fields. */
export type BrowsedTitle = Pick<
  StoredTitle,
  | '_id' | 'type' | 'title' | 'sortTitle' | 'releaseYear' | 'releaseDate' | 'genres' | 'posterPath' | 'voteAverage' | 'voteCount' | 'popularity'
  | 'maturityLevel' | 'maturityRank' | 'maturityReviewed' | 'originalLanguage' | 'languages' | 'certificationKeys' | 'featured' | 'providerKeys' | 'tags'
  | 'parentId' | 'seasonNumber' | 'episodeNumber' | 'mediaVideoId' | 'tmdbTrending'
> & { id: string; features: SimilarityFeatures };

export function toBrowsedTitle(title: StoredTitle): BrowsedTitle {
  return {
    id: title._id.toHexString(),
    _id: title._id,
    type: title.type,
    title: title.title,
    sortTitle: title.sortTitle,
    releaseYear: title.releaseYear,
    releaseDate: title.releaseDate,
    genres: title.genres,
    posterPath: title.posterPath,
    voteAverage: title.voteAverage,
    voteCount: title.voteCount,
    popularity: title.popularity,
    maturityLevel: title.maturityLevel,
    maturityRank: title.maturityRank,
    maturityReviewed: title.maturityReviewed === true,
    originalLanguage: title.originalLanguage,
    languages: title.languages ?? [],
    certificationKeys: title.certificationKeys ?? [],
    featured: title.featured,
    providerKeys: title.providerKeys ?? [],
    tags: title.tags ?? [],
    parentId: title.parentId,
    seasonNumber: title.seasonNumber,
    episodeNumber: title.episodeNumber,
    mediaVideoId: title.mediaVideoId ?? null,
    tmdbTrending: { day: title.tmdbTrending?.day ?? null, week: title.tmdbTrending?.week ?? null },
    features: featuresOf(title),
  };
}

type Compare = (a: BrowsedTitle, b: BrowsedTitle) => number;

/** Mongo's order: null below every number. */
const numeric = (a: number | null | undefined, b: number | null | undefined) => (a ?? -Infinity) - (b ?? -Infinity) || 0;
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending orders; the id breaks ties (as the Mongo sort did), so pages never overlap or skip. The rating order depends on the whole catalog (see ratingOrder). */
const ASCENDING: Record<Exclude<TitleSort, 'rating'>, Compare> = {
  popularity: (a, b) => numeric(a.popularity, b.popularity) || text(a.id, b.id),
  title: (a, b) => text(a.sortTitle, b.sortTitle) || text(a.id, b.id),
  // Seed titles know only their year, so release order is year first, then date.
  releaseDate: (a, b) => numeric(a.releaseYear, b.releaseYear) || numeric(a.releaseDate?.getTime(), b.releaseDate?.getTime()) || text(a.id, b.id),
};

/**
 * The conditions a pass cannot read from the columns, as one predicate over the title object;
 * null when there are none (the common case: type, maturity, year, rating and genre are columns).
 */
function residualMatcherOf(filter: TitleListFilter, genresInColumns: boolean): ((title: BrowsedTitle) => boolean) | null {
  const checks: Array<(title: BrowsedTitle) => boolean> = [];
  if (filter.genres?.length && !genresInColumns) {
    const genres = new Set(filter.genres);
    checks.push((title) => title.genres.some((genre) => genres.has(genre)));
  }
  const { language, certificationKey, featured } = filter;
  if (language !== undefined) checks.push((title) => title.originalLanguage === language || title.languages.includes(language));
  if (certificationKey !== undefined) checks.push((title) => title.certificationKeys.includes(certificationKey));
  if (featured !== undefined) checks.push((title) => title.featured === featured);
  if (filter.providerKeys) {
    const providers = new Set(filter.providerKeys);
    checks.push((title) => title.providerKeys.some((key) => providers.has(key)));
  }
  if (filter.excludeIds?.length) {
    const excluded = new Set(filter.excludeIds);
    checks.push((title) => !excluded.has(title.id));
  }
  if (filter.onlyIds) {
    const only = new Set(filter.onlyIds);
    checks.push((title) => only.has(title.id));
  }
  if (filter.excludeTags?.length) {
    const deniedTags = new Set(filter.excludeTags);
    checks.push((title) => !title.tags.some((tag) => deniedTags.has(tag)));
  }
  if (checks.length === 0) return null;
  return (title) => checks.every((check) => check(title));
}

/** The whole filter as one predicate over a title, for reads that walk a short list of their own (trending). */
export function titleMatcherOf(filter: TitleListFilter): (title: BrowsedTitle) => boolean {
  const types = new Set(filter.types);
  const residual = residualMatcherOf(filter, false);
  const [yearFrom, yearTo] = [filter.yearFrom ?? -Infinity, filter.yearTo ?? Infinity];
  const checksYear = filter.yearFrom !== undefined || filter.yearTo !== undefined;
  const [ratingMin, ratingMax] = [filter.ratingMin ?? -Infinity, filter.ratingMax ?? Infinity];
  return (title) =>
    types.has(title.type) &&
    title.maturityRank <= filter.maxMaturityRank &&
    (!checksYear || (title.releaseYear != null && title.releaseYear >= yearFrom && title.releaseYear <= yearTo)) &&
    !(title.voteAverage < ratingMin || title.voteAverage > ratingMax) &&
    (residual === null || residual(title));
}

/**
 * One sort's order with the filter fields every list uses laid out beside it in typed arrays: a
 * list reads every title, and reading 110,000 scattered objects costs ~50 ms where the arrays
 * cost ~1 ms.
 */
interface SortedView {
  titles: BrowsedTitle[];
  types: Uint8Array;
  maturity: Uint8Array;
  /** NaN for an unknown year: it fails every range, as null does in Mongo. */
  years: Float64Array;
  ratings: Float64Array;
  /** One bit per genre, for the first 32 genres seen (see genreBits). */
  genres: Int32Array;
}

const GENRE_BITS = 32;

/**
 * The catalog's in-process browse index: every visible title's summary and list fields, answering
 * filtered, sorted pages, feeds, genre rows, seasons/episodes and similar-title candidates without
 * a database round trip. Mongo stays the record; TitleChangeFeed keeps each replica's copy in step,
 * as it does the search index (ADR 0011). Sorted orders (with their
 * filter columns) are built on first use after a change.
 */
@Injectable()
export class TitleBrowseIndex {
  private titles = new Map<string, BrowsedTitle>();
  private children = new Map<string, Set<string>>();
  /** Media video id → the titles that play it (analytics may score a title under either id). */
  private byVideo = new Map<string, Set<string>>();
  /** Titles with a TMDb trending rank in either window: a few dozen, the trending feed's fallback. */
  private tmdbRanked = new Set<string>();
  private changes = 0;
  private readonly views = new Map<TitleSort, SortedView>();
  /** Genre → bit in the genre column; stable for the life of the process. */
  private readonly genreBits = new Map<string, number>();

  /** @param ratingMinVotes m of the weighted rating the rating sort uses (CATALOG_RATING_MIN_VOTES). */
  constructor(private readonly ratingMinVotes = 0) {}

  get size(): number {
    return this.titles.size;
  }

  /** Counts every change: readers that derive their own structures rebuild them when it moves. */
  get version(): number {
    return this.changes;
  }

  get(id: string): BrowsedTitle | undefined {
    return this.titles.get(id);
  }

  /** The titles that play this media video. */
  byMediaVideoId(videoId: string): BrowsedTitle[] {
    return [...(this.byVideo.get(videoId) ?? [])].flatMap((id) => this.titles.get(id) ?? []);
  }

  /** Every title TMDb ranks as trending in the day or the week window, in no order. */
  tmdbTrending(): BrowsedTitle[] {
    return [...this.tmdbRanked].flatMap((id) => this.titles.get(id) ?? []);
  }

  /** Replaces everything at once, so reads never see a half-built index. */
  replaceAll(titles: Iterable<BrowsedTitle>): void {
    this.titles = new Map();
    this.children = new Map();
    this.byVideo = new Map();
    this.tmdbRanked = new Set();
    for (const title of titles) this.link(title);
    this.changed();
  }

  upsert(title: BrowsedTitle): void {
    this.unlink(title.id);
    this.link(title);
    this.changed();
  }

  remove(id: string): void {
    if (this.unlink(id)) this.changed();
  }

  private link(title: BrowsedTitle): void {
    this.titles.set(title.id, title);
    if (title.parentId) childSet(this.children, title.parentId.toHexString()).add(title.id);
    if (title.mediaVideoId) childSet(this.byVideo, title.mediaVideoId).add(title.id);
    if (title.tmdbTrending.day != null || title.tmdbTrending.week != null) this.tmdbRanked.add(title.id);
  }

  private unlink(id: string): boolean {
    const existing = this.titles.get(id);
    if (!existing) return false;
    this.titles.delete(id);
    if (existing.parentId) this.children.get(existing.parentId.toHexString())?.delete(id);
    if (existing.mediaVideoId) this.byVideo.get(existing.mediaVideoId)?.delete(id);
    this.tmdbRanked.delete(id);
    return true;
  }

  private changed(): void {
    this.views.clear();
    this.changes++;
  }

  /** One page of the matching titles in the given order, with how many match in all. */
  page(filter: TitleListFilter, order: TitleOrder, skip: number, limit: number): { items: BrowsedTitle[]; total: number } {
    const items: BrowsedTitle[] = [];
    let total = 0;
    this.scan(filter, order, (title) => {
      if (total >= skip && items.length < limit) items.push(title);
      total++;
      return true;
    });
    return { items, total };
  }

  /** The first `limit` matching titles in the given order; stops as soon as it has them. */
  top(filter: TitleListFilter, order: TitleOrder, limit: number): BrowsedTitle[] {
    const items: BrowsedTitle[] = [];
    if (limit > 0) this.scan(filter, order, (title) => items.push(title) < limit);
    return items;
  }

  /** Seasons of a series or episodes of a season, by number. */
  childrenOf(parentId: string, maxMaturityRank: number): BrowsedTitle[] {
    const ids = this.children.get(parentId) ?? new Set<string>();
    return [...ids]
      .flatMap((id) => this.titles.get(id) ?? [])
      .filter((child) => child.maturityRank <= maxMaturityRank)
      .sort((a, b) => numeric(a.seasonNumber, b.seasonNumber) || numeric(a.episodeNumber, b.episodeNumber) || text(a.id, b.id));
  }

  /** Calls `onMatch` with each matching title in order until it returns false. */
  private scan(filter: TitleListFilter, order: TitleOrder, onMatch: (title: BrowsedTitle) => boolean): void {
    const view = this.view(order.sort);
    const typeAllowed = new Uint8Array(TitleTypes.length);
    for (const type of filter.types) typeAllowed[TitleTypes.indexOf(type)] = 1;
    const genreBits = filter.genres?.length ? filter.genres.map((genre) => this.genreBits.get(genre)) : [];
    const genresInColumns = genreBits.every((bit) => bit !== undefined);
    const genreMask = genresInColumns ? genreBits.reduce<number>((mask, bit) => mask | (1 << (bit ?? 0)), 0) : 0;
    const residual = residualMatcherOf(filter, genresInColumns);
    const { maxMaturityRank } = filter;
    const checksYear = filter.yearFrom !== undefined || filter.yearTo !== undefined;
    const [yearFrom, yearTo] = [filter.yearFrom ?? -Infinity, filter.yearTo ?? Infinity];
    const [ratingMin, ratingMax] = [filter.ratingMin ?? -Infinity, filter.ratingMax ?? Infinity];
    const count = view.titles.length;
    for (let step = 0; step < count; step++) {
      const at = order.order === 'asc' ? step : count - 1 - step;
      if (typeAllowed[view.types[at] as number] === 0 || (view.maturity[at] as number) > maxMaturityRank) continue;
      const year = view.years[at] as number;
      if (checksYear && !(year >= yearFrom && year <= yearTo)) continue;
      const rating = view.ratings[at] as number;
      if (rating < ratingMin || rating > ratingMax) continue;
      if (genreMask !== 0 && ((view.genres[at] as number) & genreMask) === 0) continue;
      const title = view.titles[at] as BrowsedTitle;
      if (residual !== null && !residual(title)) continue;
      if (!onMatch(title)) return;
    }
  }

  /** Every title in ascending order of the sort (descending reads it backwards), with its columns. */
  private view(sort: TitleSort): SortedView {
    const existing = this.views.get(sort);
    if (existing) return existing;
    const titles = [...this.titles.values()];
    titles.sort(sort === 'rating' ? this.ratingOrder(titles) : ASCENDING[sort]);
    const view: SortedView = {
      titles,
      types: new Uint8Array(titles.length),
      maturity: new Uint8Array(titles.length),
      years: new Float64Array(titles.length),
      ratings: new Float64Array(titles.length),
      genres: new Int32Array(titles.length),
    };
    titles.forEach((title, at) => {
      view.types[at] = TitleTypes.indexOf(title.type);
      view.maturity[at] = title.maturityRank;
      view.years[at] = title.releaseYear ?? NaN;
      view.ratings[at] = title.voteAverage;
      view.genres[at] = title.genres.reduce((mask, genre) => mask | this.genreMaskBit(genre), 0);
    });
    this.views.set(sort, view);
    return view;
  }

  /** Ascending weighted rating (Bayesian average against the catalog mean), then votes, then id. */
  private ratingOrder(titles: BrowsedTitle[]): Compare {
    const mean = catalogMeanRating(titles);
    const weighted = new Map(titles.map((title) => [title.id, weightedRating(title, this.ratingMinVotes, mean)]));
    return (a, b) => numeric(weighted.get(a.id), weighted.get(b.id)) || numeric(a.voteCount, b.voteCount) || text(a.id, b.id);
  }

  /** The genre's bit in the genre column; 0 once 32 genres have bits (the residual check covers those). */
  private genreMaskBit(genre: string): number {
    let bit = this.genreBits.get(genre);
    if (bit === undefined && this.genreBits.size < GENRE_BITS) this.genreBits.set(genre, (bit = this.genreBits.size));
    return bit === undefined ? 0 : 1 << bit;
  }
}

function childSet(children: Map<string, Set<string>>, parentId: string): Set<string> {
  let set = children.get(parentId);
  if (!set) children.set(parentId, (set = new Set()));
  return set;
}
