import type { MaturityLevel, TitleChanges, TitleInput } from '@onstream/common';
import type { CastEntry, CrewEntry, Title } from '@onstream/common/schemas/title.schema.js';
import { maturityFromCertifications, maturityRank } from './maturity.js';
import { sortTitleOf } from './sort-title.js';

/** Stored fields of a title that do not need the database (people ids are resolved separately). */
export type TitleFields = Omit<Title, 'createdAt' | 'updatedAt' | 'cast' | 'crew' | 'parentId' | 'tags' | ProviderDataFields>;

/** Fields only metadata-provider syncs write (where to watch, TMDb trending ranks); schema defaults fill them on create. */
export type ProviderDataFields = 'watchProviders' | 'providerKeys' | 'watchProvidersUpdatedAt' | 'tmdbTrending';

export function releaseYearOf(date: Date | null): number | null {
  return date ? date.getUTCFullYear() : null;
}

/** `reviewed`: a person chose the level (staff input), rather than it following the certifications. */
function maturityOf(level: MaturityLevel, reviewed: boolean): { maturityLevel: MaturityLevel; maturityRank: number; maturityReviewed: boolean } {
  return { maturityLevel: level, maturityRank: maturityRank(level), maturityReviewed: reviewed };
}

function certificationFields(certifications: Array<{ country: string; certification: string }>) {
  return {
    certifications: certifications.map(({ country, certification }) => ({ country, certification })),
    certificationKeys: certifications.map(({ country, certification }) => `${country}:${certification}`),
  };
}

/** A new title's fields from staff input; maturity is derived from certifications unless given. */
export function newTitleFields(input: TitleInput): TitleFields {
  const releaseDate = input.releaseDate ? new Date(`${input.releaseDate}T00:00:00Z`) : null;
  const certifications = input.certifications ?? [];
  return {
    type: input.type,
    title: input.title,
    sortTitle: sortTitleOf(input.title),
    originalTitle: input.originalTitle ?? null,
    overview: input.overview ?? null,
    tagline: input.tagline ?? null,
    releaseDate,
    releaseYear: releaseYearOf(releaseDate),
    runtimeMinutes: input.runtimeMinutes ?? null,
    genres: [...new Set(input.genres ?? [])],
    originalLanguage: input.originalLanguage ?? null,
    languages: input.languages ?? [],
    countries: input.countries ?? [],
    posterPath: input.posterPath ?? null,
    backdropPath: input.backdropPath ?? null,
    voteAverage: input.voteAverage ?? 0,
    voteCount: input.voteCount ?? 0,
    popularity: input.popularity ?? 0,
    ...certificationFields(certifications),
    ...maturityOf(input.maturityLevel ?? maturityFromCertifications(certifications), input.maturityLevel !== undefined),
    keywords: [...new Set((input.keywords ?? []).map((keyword) => keyword.toLowerCase()))],
    trailerYouTubeKey: input.trailerYouTubeKey ?? null,
    externalIds: { ...input.externalIds },
    featured: input.featured ?? false,
    seasonNumber: input.seasonNumber ?? null,
    episodeNumber: input.episodeNumber ?? null,
    mediaVideoId: input.mediaVideoId ?? null,
  };
}

/**
 * The `$set` of an edit: only the fields sent, plus those derived from them (sort key, year,
 * certification keys, maturity). An explicit maturityLevel wins over the certifications.
 */
export function changedTitleFields(changes: TitleChanges): Partial<TitleFields> {
  const { cast: _cast, crew: _crew, parentId: _parent, releaseDate, certifications, maturityLevel, genres, keywords, externalIds, ...plain } = changes;
  const fields: Partial<TitleFields> = { ...plain };
  if (changes.title !== undefined) fields.sortTitle = sortTitleOf(changes.title);
  if (releaseDate !== undefined) {
    const date = new Date(`${releaseDate}T00:00:00Z`);
    Object.assign(fields, { releaseDate: date, releaseYear: releaseYearOf(date) });
  }
  if (certifications !== undefined) Object.assign(fields, certificationFields(certifications));
  if (maturityLevel !== undefined) Object.assign(fields, maturityOf(maturityLevel, true));
  else if (certifications !== undefined) Object.assign(fields, maturityOf(maturityFromCertifications(certifications), false));
  if (genres !== undefined) fields.genres = [...new Set(genres)];
  if (keywords !== undefined) fields.keywords = [...new Set(keywords.map((keyword) => keyword.toLowerCase()))];
  if (externalIds !== undefined) fields.externalIds = { ...externalIds };
  return fields;
}

export type { CastEntry, CrewEntry };
