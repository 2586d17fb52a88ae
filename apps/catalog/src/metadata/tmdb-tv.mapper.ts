import type { TitleInput } from '@onstream/common';
import { OfferKinds, type WatchOfferEntry, type WatchProvidersEntry } from '@onstream/common/schemas/title.schema.js';
import type { ImageSizeSet, ProviderListItem, ProviderSeason, ProviderSeries } from './metadata-provider.js';
import { castOf, countryCodes, crewOf, imagePath, isoDate, languageCodes, trailerKeyOf } from './tmdb.mapper.js';
import type { TmdbConfiguration, TmdbListItem, TmdbProviderOffer, TmdbSeason, TmdbTv, TmdbWatchProviders } from './tmdb.types.js';

const vote = (average: number) => Math.min(10, Math.max(0, average));
const IMDB_ID = /^tt\d{5,10}$/;
const SIZE = /^(w\d{2,4}|h\d{2,4}|original)$/;

/** A TMDb series (credits, content ratings, keywords, videos, external ids appended) in our model. */
export function mapTmdbSeries(tv: TmdbTv): ProviderSeries {
  const imdb = tv.external_ids?.imdb_id;
  const trailer = trailerKeyOf(tv.videos);
  const series: TitleInput = {
    type: 'series',
    title: tv.name,
    ...(tv.original_name && tv.original_name !== tv.name && { originalTitle: tv.original_name }),
    ...(tv.overview && { overview: tv.overview }),
    ...(tv.tagline && { tagline: tv.tagline }),
    ...(isoDate(tv.first_air_date) && { releaseDate: tv.first_air_date ?? undefined }),
    ...(tv.episode_run_time[0] && { runtimeMinutes: tv.episode_run_time[0] }),
    genres: tv.genres.map((genre) => genre.name),
    ...(/^[a-z]{2}$/.test(tv.original_language) && { originalLanguage: tv.original_language }),
    languages: languageCodes(tv.spoken_languages),
    countries: countryCodes(tv.origin_country),
    ...(imagePath(tv.poster_path) && { posterPath: imagePath(tv.poster_path) }),
    ...(imagePath(tv.backdrop_path) && { backdropPath: imagePath(tv.backdrop_path) }),
    voteAverage: vote(tv.vote_average),
    voteCount: tv.vote_count,
    popularity: tv.popularity,
    certifications: (tv.content_ratings?.results ?? [])
      .filter((rating) => /^[A-Z]{2}$/.test(rating.iso_3166_1) && rating.rating.trim() !== '')
      .map((rating) => ({ country: rating.iso_3166_1, certification: rating.rating.trim() })),
    cast: castOf(tv.credits),
    crew: [...(tv.created_by ?? []).map((creator) => ({ name: creator.name, job: 'Creator', department: 'Writing', tmdbId: creator.id })), ...crewOf(tv.credits)],
    keywords: (tv.keywords?.results ?? []).map((keyword) => keyword.name),
    ...(trailer && { trailerYouTubeKey: trailer }),
    externalIds: { tmdb: tv.id, ...(imdb && IMDB_ID.test(imdb) && { imdb }) },
  };
  // Season 0 holds "specials" on TMDb; it is a season like any other for us.
  return { series, seasonNumbers: tv.seasons.map((season) => season.season_number).filter((n) => Number.isInteger(n) && n >= 0) };
}

/** A TMDb season with its episodes; parents and maturity are set by the importer. */
export function mapTmdbSeason(season: TmdbSeason): ProviderSeason {
  return {
    season: {
      type: 'season',
      title: season.name || `Season ${season.season_number}`,
      ...(season.overview && { overview: season.overview }),
      ...(isoDate(season.air_date) && { releaseDate: season.air_date ?? undefined }),
      ...(imagePath(season.poster_path) && { posterPath: imagePath(season.poster_path) }),
      seasonNumber: season.season_number,
      externalIds: { tmdb: season.id },
    },
    episodes: season.episodes.map((episode) => ({
      type: 'episode',
      title: episode.name || `Episode ${episode.episode_number}`,
      ...(episode.overview && { overview: episode.overview }),
      ...(isoDate(episode.air_date) && { releaseDate: episode.air_date ?? undefined }),
      ...(episode.runtime && { runtimeMinutes: episode.runtime }),
      // An episode's still is its wide image.
      ...(imagePath(episode.still_path) && { backdropPath: imagePath(episode.still_path) }),
      voteAverage: vote(episode.vote_average),
      voteCount: episode.vote_count,
      seasonNumber: episode.season_number,
      episodeNumber: episode.episode_number,
      externalIds: { tmdb: episode.id },
    })),
  };
}

const offer = (item: TmdbProviderOffer): WatchOfferEntry => ({
  providerId: item.provider_id,
  name: item.provider_name,
  logoPath: imagePath(item.logo_path) ?? null,
  displayPriority: item.display_priority,
});

/** Watch providers per country; TMDb's `free` and `ads` offers are not kept (no subscription, rent or buy). */
export function mapWatchProviders(data: TmdbWatchProviders): WatchProvidersEntry[] {
  return Object.entries(data.results)
    .filter(([country]) => /^[A-Z]{2}$/.test(country))
    .map(([country, offers]) => {
      const entry: WatchProvidersEntry = { country, link: offers.link && /^https:\/\/\S+$/.test(offers.link) ? offers.link : null, flatrate: [], rent: [], buy: [] };
      for (const kind of OfferKinds) entry[kind] = (offers[kind] ?? []).filter((item) => Number.isInteger(item.provider_id) && item.provider_id > 0).map(offer).sort((a, b) => a.displayPriority - b.displayPriority);
      return entry;
    })
    .sort((a, b) => a.country.localeCompare(b.country));
}

export function mapListItem(item: TmdbListItem, mediaType: 'movie' | 'tv'): ProviderListItem {
  return { mediaType, providerId: item.id, popularity: item.popularity, voteAverage: vote(item.vote_average), voteCount: item.vote_count };
}

export function mapImageSizes(configuration: TmdbConfiguration): ImageSizeSet {
  const sizes = (list: string[]) => list.filter((size) => SIZE.test(size));
  const { images } = configuration;
  return { poster: sizes(images.poster_sizes), backdrop: sizes(images.backdrop_sizes), profile: sizes(images.profile_sizes), still: sizes(images.still_sizes), logo: sizes(images.logo_sizes) };
}
