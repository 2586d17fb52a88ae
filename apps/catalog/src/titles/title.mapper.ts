import type { ImageUrls, SeasonSummary, TitleDetails, TitleSummary, WatchOfferDto, WhereToWatchDto } from '@onstream/common';
import type { Types } from 'mongoose';
import type { Title as TitleRecord, WatchOfferEntry } from '@onstream/common/schemas/title.schema.js';
import { ImageSizes, type ImageKind } from './image-sizes.js';

/** A stored title with its id, as the repository returns it (lean documents). */
export type StoredTitle = TitleRecord & { _id: Types.ObjectId };
/** What a summary shows: the browse index holds these fields, the repository whole documents. */
export type SummarySource = Pick<StoredTitle, '_id' | 'type' | 'title' | 'releaseYear' | 'genres' | 'posterPath' | 'voteAverage' | 'voteCount' | 'popularity' | 'maturityLevel' | 'certificationKeys' | 'maturityReviewed'>;
/** What a season or episode line shows. */
export type ChildSource = Pick<StoredTitle, '_id' | 'title' | 'seasonNumber' | 'episodeNumber' | 'releaseDate'>;

const YOUTUBE_EMBED = 'https://www.youtube.com/embed/';

/** Builds response DTOs from stored titles; the only place documents become wire shapes. */
export class TitleMapper {
  constructor(
    private readonly imageBaseUrl: string,
    private readonly imageSizes = new ImageSizes(),
  ) {}

  summary(title: SummarySource): TitleSummary {
    return {
      id: title._id.toHexString(),
      type: title.type,
      title: title.title,
      releaseYear: title.releaseYear,
      genres: title.genres,
      poster: this.images(title.posterPath, 'poster'),
      voteAverage: title.voteAverage,
      voteCount: title.voteCount,
      popularity: title.popularity,
      maturityLevel: title.maturityLevel,
      unrated: isUnrated(title),
    };
  }

  details(title: StoredTitle): TitleDetails {
    return {
      ...this.summary(title),
      originalTitle: title.originalTitle,
      overview: title.overview,
      tagline: title.tagline,
      releaseDate: isoDate(title.releaseDate),
      runtimeMinutes: title.runtimeMinutes,
      originalLanguage: title.originalLanguage,
      languages: title.languages,
      countries: title.countries,
      backdrop: this.images(title.backdropPath, 'backdrop'),
      certifications: title.certifications.map(({ country, certification }) => ({ country, certification })),
      cast: [...title.cast]
        .sort((a, b) => a.order - b.order)
        .map((member) => ({
          personId: member.personId.toHexString(),
          name: member.name,
          character: member.character,
          order: member.order,
          profileUrl: this.profileUrl(member.profilePath),
        })),
      crew: title.crew.map((member) => ({ personId: member.personId.toHexString(), name: member.name, job: member.job, department: member.department })),
      keywords: title.keywords,
      trailerUrl: title.trailerYouTubeKey ? `${YOUTUBE_EMBED}${title.trailerYouTubeKey}` : null,
      externalIds: { ...title.externalIds },
      license: title.license ?? null,
      featured: title.featured,
      parentId: title.parentId ? title.parentId.toHexString() : null,
      seasonNumber: title.seasonNumber,
      episodeNumber: title.episodeNumber,
      updatedAt: title.updatedAt.toISOString(),
      tags: title.tags ?? [],
      playable: Boolean(title.stream),
      stream: title.stream ? { provider: 'onstream', videoId: title.stream.videoId, url: `/api/v1/videos/${title.stream.videoId}/stream`, durationSeconds: title.stream.durationSeconds, captionLanguages: title.stream.captionLanguages ?? [] } : null,
      // Titles stored before TMDb refreshes existed have no ranks.
      tmdbTrending: { day: title.tmdbTrending?.day ?? null, week: title.tmdbTrending?.week ?? null },
    };
  }

  child(title: ChildSource): SeasonSummary {
    return {
      id: title._id.toHexString(),
      title: title.title,
      seasonNumber: title.seasonNumber,
      episodeNumber: title.episodeNumber,
      releaseDate: isoDate(title.releaseDate),
    };
  }

  /** A person's picture (cast lists, person pages). */
  profileUrl(path: string | null): string | null {
    return this.imageUrl(path, 'profile');
  }

  /** The title's licensed offers in one country, or null when none are known there. */
  whereToWatch(title: StoredTitle, country: string | undefined): WhereToWatchDto | null {
    const entry = country ? (title.watchProviders ?? []).find((candidate) => candidate.country === country) : undefined;
    if (!entry) return null;
    const offers = (list: WatchOfferEntry[]): WatchOfferDto[] => list.map((offer) => ({ providerId: offer.providerId, name: offer.name, logoUrl: this.logoUrl(offer.logoPath) }));
    return { country: entry.country, link: entry.link, flatrate: offers(entry.flatrate), rent: offers(entry.rent), buy: offers(entry.buy) };
  }

  logoUrl(path: string | null): string | null {
    return this.imageUrl(path, 'logo');
  }

  private imageUrl(path: string | null, kind: ImageKind): string | null {
    return path ? `${this.imageBaseUrl}/${this.imageSizes.pick(kind)[0]}${path}` : null;
  }

  private images(path: string | null, kind: ImageKind): ImageUrls | null {
    if (!path) return null;
    const sizes = this.imageSizes.pick(kind);
    const [small, medium, large, original] = sizes.map((size) => `${this.imageBaseUrl}/${size}${path}`);
    return { small: small ?? '', medium: medium ?? '', large: large ?? '', original: original ?? '' };
  }
}

/** Neither a rating board nor staff rated the title (MovieLens seeds, TMDb titles without a certification). */
export function isUnrated(title: Pick<StoredTitle, 'certificationKeys' | 'maturityReviewed'>): boolean {
  return (title.certificationKeys ?? []).length === 0 && title.maturityReviewed !== true;
}

function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
