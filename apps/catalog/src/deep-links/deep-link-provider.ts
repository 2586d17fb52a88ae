import { DomainError, ErrorCodes } from '@onstream/common';

/** A link a deep-link provider knows: the title itself, or (for a series) season 1 episode 1. */
export interface DeepLinkOffer {
  /** TMDb watch-provider id. */
  providerId: number;
  url: string;
  seasonNumber: number | null;
  episodeNumber: number | null;
}

/** Where backfilled deep links come from (seed 003: the "Movie of the Night" Streaming Availability API). */
export interface DeepLinkProvider {
  readonly name: string;
  /** Links for a movie, or for a series' first episode; [] when the provider does not know the title. */
  linksOf(title: { type: 'movie' | 'series'; tmdbId: number }): Promise<DeepLinkOffer[]>;
}

export const DEEP_LINK_PROVIDER = Symbol('DEEP_LINK_PROVIDER');

/** The configured provider, or 503: nothing to backfill from without its API key. */
export function requireDeepLinkProvider(provider: DeepLinkProvider | null): DeepLinkProvider {
  if (!provider) throw new DomainError(ErrorCodes.CatalogDeepLinkProviderNotConfigured, 503, 'No deep-link provider is configured (set MOVIE_OF_THE_NIGHT_API_KEY).');
  return provider;
}
