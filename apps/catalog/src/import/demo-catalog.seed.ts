import type { MaturityLevel } from '@onstream/common';
import type { CastEntry, CrewEntry } from '@onstream/common/schemas/title.schema.js';
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { maturityRank } from '../titles/maturity.js';
import { sortTitleOf } from '../titles/sort-title.js';
import { DEMO_CATALOG, type DemoTitle } from './demo-catalog.data.js';
import type { SeedWrite } from './seed-upsert.js';

/** Demo titles get an _id derived from their slug: "64656d6f" ("demo") then 16 hex of its SHA-256. */
export function demoTitleId(slug: string): Types.ObjectId {
  return new Types.ObjectId(`64656d6f${createHash('sha256').update(slug).digest('hex').slice(0, 16)}`);
}

/** Every person the demo catalog credits, once each, in order of appearance. */
export function demoPeople(catalog: readonly DemoTitle[] = DEMO_CATALOG): string[] {
  return [...new Set(catalog.flatMap((title) => [...title.directors, ...title.cast.map((member) => member.name)]))];
}

function maturity(level: MaturityLevel) {
  // Our editors rated each title, so none is "unrated" although none carries a certification.
  return { maturityLevel: level, maturityRank: maturityRank(level), maturityReviewed: true };
}

/**
 * The writes of one demo title: the title itself and, for a series, its season 1 and episodes.
 * `personIds` maps every credited name to its person id (see demoPeople).
 */
export function demoWrites(entry: DemoTitle, personIds: ReadonlyMap<string, Types.ObjectId>): SeedWrite[] {
  const idOf = (name: string) => {
    const id = personIds.get(name);
    if (!id) throw new Error(`demo catalog: no person id for ${name}`);
    return id;
  };
  const cast: CastEntry[] = entry.cast.map((member, order) => ({ personId: idOf(member.name), name: member.name, character: member.character ?? '', order, profilePath: null }));
  const crew: CrewEntry[] = entry.directors.map((name) => ({ personId: idOf(name), name, job: 'Director', department: 'Directing' }));
  const shared = { genres: entry.genres, originalLanguage: entry.originalLanguage, languages: [entry.originalLanguage], countries: entry.countries, license: entry.license };
  const id = demoTitleId(entry.slug);
  const writes: SeedWrite[] = [
    {
      _id: id,
      set: {
        ...shared,
        title: entry.title,
        sortTitle: sortTitleOf(entry.title),
        originalTitle: entry.originalTitle ?? null,
        overview: entry.overview,
        releaseYear: entry.year,
        runtimeMinutes: entry.runtimeMinutes,
        cast,
        crew,
        keywords: entry.keywords,
      },
      setOnInsert: { type: entry.type, featured: entry.featured ?? false, ...maturity(entry.maturityLevel) },
    },
  ];
  if (!entry.episodes?.length) return writes;
  const seasonId = demoTitleId(`${entry.slug}/season-1`);
  writes.push({
    _id: seasonId,
    set: { ...shared, title: 'Season 1', sortTitle: 'season 1', parentId: id, seasonNumber: 1, releaseYear: entry.year },
    setOnInsert: { type: 'season', ...maturity(entry.maturityLevel) },
  });
  entry.episodes.forEach((episode, index) => {
    writes.push({
      _id: demoTitleId(episode.slug),
      set: {
        ...shared,
        title: episode.title,
        sortTitle: sortTitleOf(episode.title),
        overview: episode.overview,
        releaseYear: episode.year,
        runtimeMinutes: episode.runtimeMinutes,
        parentId: seasonId,
        seasonNumber: 1,
        episodeNumber: index + 1,
        crew,
      },
      setOnInsert: { type: 'episode', ...maturity(entry.maturityLevel) },
    });
  });
  return writes;
}
