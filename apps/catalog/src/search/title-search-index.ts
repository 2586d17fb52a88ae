import { Injectable } from '@nestjs/common';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { TitleType } from '@onstream/common';
import type { StoredTitle } from '../titles/title.mapper.js';

/** One title as the search index holds it: searchable text plus what filters and facets need. */
export interface IndexedTitle {
  id: string;
  title: string;
  originalTitle: string;
  people: string;
  keywords: string;
  type: TitleType;
  genres: string[];
  releaseYear: number | null;
  popularity: number;
  maturityRank: number;
  tags: string[];
  /** `COUNTRY:PROVIDER_ID` of subscription offers, for the household filter. */
  providerKeys: string[];
}

type StoredFields = Pick<IndexedTitle, 'type' | 'genres' | 'releaseYear' | 'popularity' | 'maturityRank' | 'tags'>;

export interface IndexFilter {
  types: readonly TitleType[];
  genres?: string[];
  yearFrom?: number;
  yearTo?: number;
  maxMaturityRank: number;
  excludeIds?: string[];
  onlyIds?: string[];
  excludeTags?: string[];
  providerKeys?: string[];
}

export interface IndexHit extends StoredFields {
  id: string;
  score: number;
}

const CAST_IN_INDEX = 10;

/** Lower case with accents folded, so "Amélie" and "amelie" meet. */
function normalise(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Typos allowed grow with the word: none up to 3 letters, then ~1 per 5 letters. */
function fuzziness(term: string): number | boolean {
  return term.length <= 3 ? false : 0.2;
}

export function toIndexedTitle(title: StoredTitle): IndexedTitle {
  return {
    id: title._id.toHexString(),
    title: title.title,
    originalTitle: title.originalTitle && title.originalTitle !== title.title ? title.originalTitle : '',
    people: [...(title.cast ?? []).slice(0, CAST_IN_INDEX), ...(title.crew ?? []).filter((member) => member.job === 'Director')].map((person) => person.name).join(' '),
    keywords: (title.keywords ?? []).join(' '),
    type: title.type,
    genres: title.genres,
    releaseYear: title.releaseYear,
    popularity: title.popularity,
    maturityRank: title.maturityRank,
    tags: title.tags ?? [],
    providerKeys: title.providerKeys ?? [],
  };
}

/**
 * In-process full-text index over titles, original titles, people and keywords (MiniSearch:
 * fuzzy and prefix matching, field boosts). Each catalog replica holds its own copy and keeps it in
 * step through TitleChangeFeed. Relevance is blended with popularity via a document boost.
 */
@Injectable()
export class TitleSearchIndex {
  private index = TitleSearchIndex.create();
  /** Grows on every change, so answers remembered for an older generation are never served. */
  private changes = 0;

  private static create(): MiniSearch<IndexedTitle> {
    return new MiniSearch<IndexedTitle>({
      fields: ['title', 'originalTitle', 'people', 'keywords'],
      storeFields: ['type', 'genres', 'releaseYear', 'popularity', 'maturityRank', 'tags', 'providerKeys'],
      processTerm: (term) => normalise(term),
      searchOptions: { boost: { title: 3, originalTitle: 2, people: 1.5, keywords: 1 }, prefix: true, fuzzy: fuzziness, combineWith: 'AND' },
    });
  }

  get size(): number {
    return this.index.documentCount;
  }

  get generation(): number {
    return this.changes;
  }

  /** Replaces the whole index in one swap, so searches never see a half-built one. */
  replaceAll(titles: Iterable<IndexedTitle>): void {
    const next = TitleSearchIndex.create();
    next.addAll([...titles]);
    this.index = next;
    this.changes++;
  }

  upsert(title: IndexedTitle): void {
    if (this.index.has(title.id)) this.index.replace(title);
    else this.index.add(title);
    this.changes++;
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.changes++;
  }

  /** Every match that passes the filter, best first. All words must match; if none does, any word may. */
  search(query: string, filter: IndexFilter): IndexHit[] {
    const parental = parentalCheckOf(filter);
    const options = {
      filter: (result: SearchResult) =>
        passes(result as unknown as StoredFields & Pick<IndexedTitle, 'providerKeys'>, filter) && parental(String(result.id), (result.tags as string[] | undefined) ?? []),
      boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) => 1 + 0.15 * Math.log1p(Number(stored?.popularity ?? 0)),
    };
    let results = this.index.search(query, options);
    if (results.length === 0) results = this.index.search(query, { ...options, combineWith: 'OR' });
    return results.map((result) => ({
      id: String(result.id),
      score: result.score,
      type: result.type as TitleType,
      genres: result.genres as string[],
      releaseYear: result.releaseYear as number | null,
      popularity: result.popularity as number,
      maturityRank: result.maturityRank as number,
      tags: (result.tags as string[] | undefined) ?? [],
    }));
  }
}

function passes(fields: StoredFields & Pick<IndexedTitle, 'providerKeys'>, filter: IndexFilter): boolean {
  if (filter.providerKeys && !(fields.providerKeys ?? []).some((key) => filter.providerKeys?.includes(key))) return false;
  if (fields.maturityRank > filter.maxMaturityRank || !filter.types.includes(fields.type)) return false;
  if (filter.genres?.length && !fields.genres.some((genre) => filter.genres?.includes(genre))) return false;
  if (filter.yearFrom !== undefined && (fields.releaseYear === null || fields.releaseYear < filter.yearFrom)) return false;
  if (filter.yearTo !== undefined && (fields.releaseYear === null || fields.releaseYear > filter.yearTo)) return false;
  return true;
}

/** A parent's denials and allow-list as one check, with the lists turned into sets once per search. */
function parentalCheckOf(filter: IndexFilter): (id: string, tags: string[]) => boolean {
  if (!filter.excludeIds && !filter.onlyIds && !filter.excludeTags) return () => true;
  const denied = new Set(filter.excludeIds);
  const only = filter.onlyIds ? new Set(filter.onlyIds) : null;
  const deniedTags = new Set(filter.excludeTags);
  return (id, tags) => !denied.has(id) && (only === null || only.has(id)) && !tags.some((tag) => deniedTags.has(tag));
}
