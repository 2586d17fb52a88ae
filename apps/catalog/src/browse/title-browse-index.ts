import { Injectable } from '@nestjs/common';
import type { TitleSort } from '@onstream/common';
import { featuresOf, type SimilarityFeatures } from '../recommendations/similarity.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import type { TitleListFilter, TitleOrder } from '../titles/titles.repository.js';

/** What lists, rows, children and similar titles read of one title: its summary, filter and sort fields. */
export type BrowsedTitle = Pick<
  StoredTitle,
  | '_id' | 'type' | 'title' | 'sortTitle' | 'releaseYear' | 'releaseDate' | 'genres' | 'posterPath' | 'voteAverage' | 'voteCount' | 'popularity'
  | 'maturityLevel' | 'maturityRank' | 'originalLanguage' | 'languages' | 'certificationKeys' | 'featured' | 'providerKeys' | 'tags'
  | 'parentId' | 'seasonNumber' | 'episodeNumber'
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
    originalLanguage: title.originalLanguage,
    languages: title.languages ?? [],
    certificationKeys: title.certificationKeys ?? [],
    featured: title.featured,
    providerKeys: title.providerKeys ?? [],
    tags: title.tags ?? [],
    parentId: title.parentId,
    seasonNumber: title.seasonNumber,
    episodeNumber: title.episodeNumber,
    features: featuresOf(title),
  };
}

type Compare = (a: BrowsedTitle, b: BrowsedTitle) => number;

/** Mongo's order: null below every number. */
const numeric = (a: number | null | undefined, b: number | null | undefined) => (a ?? -Infinity) - (b ?? -Infinity) || 0;
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending orders; the id breaks ties (as the Mongo sort did), so pages never overlap or skip. */
const ASCENDING: Record<TitleSort, Compare> = {
  popularity: (a, b) => numeric(a.popularity, b.popularity) || text(a.id, b.id),
  rating: (a, b) => numeric(a.voteAverage, b.voteAverage) || text(a.id, b.id),
  title: (a, b) => text(a.sortTitle, b.sortTitle) || text(a.id, b.id),
  // Seed titles know only their year, so release order is year first, then date.
  releaseDate: (a, b) => numeric(a.releaseYear, b.releaseYear) || numeric(a.releaseDate?.getTime(), b.releaseDate?.getTime()) || text(a.id, b.id),
};

/** The filter as one predicate, with its lists turned into sets once per query. */
export function matcherOf(filter: TitleListFilter): (title: BrowsedTitle) => boolean {
  const types = new Set(filter.types);
  const genres = filter.genres?.length ? new Set(filter.genres) : null;
  const providers = filter.providerKeys ? new Set(filter.providerKeys) : null;
  const excluded = filter.excludeIds?.length ? new Set(filter.excludeIds) : null;
  const only = filter.onlyIds ? new Set(filter.onlyIds) : null;
  const deniedTags = filter.excludeTags?.length ? new Set(filter.excludeTags) : null;
  const { yearFrom, yearTo, ratingMin, ratingMax, language, certificationKey, featured, maxMaturityRank } = filter;
  return (title) =>
    types.has(title.type) &&
    title.maturityRank <= maxMaturityRank &&
    (genres === null || title.genres.some((genre) => genres.has(genre))) &&
    (yearFrom === undefined || (title.releaseYear !== null && title.releaseYear >= yearFrom)) &&
    (yearTo === undefined || (title.releaseYear !== null && title.releaseYear <= yearTo)) &&
    (ratingMin === undefined || title.voteAverage >= ratingMin) &&
    (ratingMax === undefined || title.voteAverage <= ratingMax) &&
    (language === undefined || title.originalLanguage === language || title.languages.includes(language)) &&
    (certificationKey === undefined || title.certificationKeys.includes(certificationKey)) &&
    (featured === undefined || title.featured === featured) &&
    (providers === null || title.providerKeys.some((key) => providers.has(key))) &&
    (excluded === null || !excluded.has(title.id)) &&
    (only === null || only.has(title.id)) &&
    (deniedTags === null || !title.tags.some((tag) => deniedTags.has(tag)));
}

/**
 * The catalog's in-process browse index: every visible title's summary and list fields, answering
 * filtered, sorted pages, feeds, genre rows, seasons/episodes and similar-title candidates without
 * a database round trip. Mongo stays the record; TitleChangeFeed keeps each replica's copy in step,
 * as it does the search index (ADR 0011). Sorted orders are built on first use after a change.
 */
@Injectable()
export class TitleBrowseIndex {
  private titles = new Map<string, BrowsedTitle>();
  private children = new Map<string, Set<string>>();
  private readonly sorted = new Map<TitleSort, BrowsedTitle[]>();

  get size(): number {
    return this.titles.size;
  }

  get(id: string): BrowsedTitle | undefined {
    return this.titles.get(id);
  }

  /** Replaces everything at once, so reads never see a half-built index. */
  replaceAll(titles: Iterable<BrowsedTitle>): void {
    const next = new Map<string, BrowsedTitle>();
    const children = new Map<string, Set<string>>();
    for (const title of titles) {
      next.set(title.id, title);
      if (title.parentId) childSet(children, title.parentId.toHexString()).add(title.id);
    }
    this.titles = next;
    this.children = children;
    this.sorted.clear();
  }

  upsert(title: BrowsedTitle): void {
    this.remove(title.id);
    this.titles.set(title.id, title);
    if (title.parentId) childSet(this.children, title.parentId.toHexString()).add(title.id);
    this.sorted.clear();
  }

  remove(id: string): void {
    const existing = this.titles.get(id);
    if (!existing) return;
    this.titles.delete(id);
    if (existing.parentId) this.children.get(existing.parentId.toHexString())?.delete(id);
    this.sorted.clear();
  }

  /** One page of the matching titles in the given order, with how many match in all. */
  page(filter: TitleListFilter, order: TitleOrder, skip: number, limit: number): { items: BrowsedTitle[]; total: number } {
    const matches = matcherOf(filter);
    const ordered = this.ordered(order.sort);
    const items: BrowsedTitle[] = [];
    let total = 0;
    // Plain index loops: this runs over every title on each list request.
    for (let step = 0; step < ordered.length; step++) {
      const title = ordered[order.order === 'asc' ? step : ordered.length - 1 - step] as BrowsedTitle;
      if (!matches(title)) continue;
      if (total >= skip && items.length < limit) items.push(title);
      total++;
    }
    return { items, total };
  }

  /** The first `limit` matching titles in the given order; stops as soon as it has them. */
  top(filter: TitleListFilter, order: TitleOrder, limit: number): BrowsedTitle[] {
    const matches = matcherOf(filter);
    const ordered = this.ordered(order.sort);
    const items: BrowsedTitle[] = [];
    for (let step = 0; step < ordered.length && items.length < limit; step++) {
      const title = ordered[order.order === 'asc' ? step : ordered.length - 1 - step] as BrowsedTitle;
      if (matches(title)) items.push(title);
    }
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

  /** Every title in ascending order of the sort (descending reads it backwards). */
  private ordered(sort: TitleSort): BrowsedTitle[] {
    let ascending = this.sorted.get(sort);
    if (!ascending) {
      ascending = [...this.titles.values()].sort(ASCENDING[sort]);
      this.sorted.set(sort, ascending);
    }
    return ascending;
  }
}

function childSet(children: Map<string, Set<string>>, parentId: string): Set<string> {
  let set = children.get(parentId);
  if (!set) children.set(parentId, (set = new Set()));
  return set;
}
