import { deepLinkProblem } from '@onstream/common';
import { Ajv } from 'ajv';
import type { DeepLinkOffer, DeepLinkProvider } from './deep-link-provider.js';

export interface MovieOfTheNightOptions {
  /** e.g. https://streaming-availability.p.rapidapi.com; tests point it at a local fake. */
  baseUrl: string;
  apiKey: string;
  /** ISO 3166-1 alpha-2, lower case, as the API takes it. */
  country: string;
  timeoutMs: number;
}

/**
 * The API's service ids → TMDb watch-provider ids (the ids OnStream names providers by). A service
 * missing here is skipped: better no link than one filed under the wrong provider.
 */
export const SERVICE_PROVIDER_IDS: Readonly<Record<string, number>> = {
  netflix: 8, prime: 9, disney: 337, hbo: 1899, hulu: 15, apple: 350, paramount: 531, peacock: 386, mubi: 11, starz: 43, crunchyroll: 283, tubi: 73, plutotv: 300,
};

interface StreamingOption {
  service: { id: string };
  link: string;
  videoLink?: string;
}

/** `GET /shows/{type}/{id}`, the parts we read (Streaming Availability API v4). */
interface Show {
  streamingOptions?: Record<string, StreamingOption[]>;
  seasons?: Array<{ episodes?: Array<{ streamingOptions?: Record<string, StreamingOption[]> }> }>;
}

const options = { type: 'object', additionalProperties: { type: 'array', maxItems: 200, items: { type: 'object', required: ['service', 'link'], properties: { service: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, link: { type: 'string' }, videoLink: { type: 'string' } } } } };
const validateShow = new Ajv().compile<Show>({
  type: 'object',
  properties: {
    streamingOptions: options,
    seasons: { type: 'array', items: { type: 'object', properties: { episodes: { type: 'array', items: { type: 'object', properties: { streamingOptions: options } } } } } },
  },
});

/** The "Movie of the Night" Streaming Availability API as a deep-link provider: per service, the link that opens the title (or S1E1) in its app. */
export class MovieOfTheNightClient implements DeepLinkProvider {
  readonly name = 'movie-of-the-night';

  constructor(private readonly options: MovieOfTheNightOptions) {}

  async linksOf(title: { type: 'movie' | 'series'; tmdbId: number }): Promise<DeepLinkOffer[]> {
    const url = new URL(`${this.options.baseUrl}/shows/${title.type === 'series' ? 'tv' : 'movie'}/${title.tmdbId}`);
    url.search = new URLSearchParams({ country: this.options.country, series_granularity: 'episode', output_language: 'en' }).toString();
    const response = await fetch(url, { headers: { 'x-rapidapi-key': this.options.apiKey, accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(this.options.timeoutMs) });
    if (response.status === 404) return [];
    if (!response.ok) throw new Error(`${this.name} answered ${response.status}`);
    const show: unknown = await response.json();
    if (!validateShow(show)) throw new Error(`${this.name} answered an unexpected shape`);
    const firstEpisode = title.type === 'series' ? show.seasons?.[0]?.episodes?.[0] : undefined;
    const found = (title.type === 'series' ? firstEpisode?.streamingOptions : show.streamingOptions)?.[this.options.country] ?? [];
    return this.offers(found, title.type === 'series');
  }

  /** One link per provider: the video link (opens playback) when given, else the title page; never one our rules refuse. */
  private offers(found: StreamingOption[], firstEpisode: boolean): DeepLinkOffer[] {
    const byProvider = new Map<number, DeepLinkOffer>();
    for (const option of found) {
      const providerId = SERVICE_PROVIDER_IDS[option.service.id];
      const url = option.videoLink ?? option.link;
      if (providerId === undefined || byProvider.has(providerId) || deepLinkProblem(url) !== null) continue;
      byProvider.set(providerId, { providerId, url, seasonNumber: firstEpisode ? 1 : null, episodeNumber: firstEpisode ? 1 : null });
    }
    return [...byProvider.values()];
  }
}
