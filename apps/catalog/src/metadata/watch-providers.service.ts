import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { CheckWatchProvidersRequest, CheckWatchProvidersResponse, ListWatchProvidersRequest, WatchProviderListResponse } from '@onstream/common';
import { Clock } from '@onstream/common';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { TitleMapper } from '../titles/title.mapper.js';
import { METADATA_PROVIDER, type MetadataProvider } from './metadata-provider.js';
import { requireProvider } from './provider-calls.js';
import { ProviderDataRepository, type TmdbLinkedTitle } from './provider-data.repository.js';

/** Where to watch: licensed offers per country from the provider, stored on the title; the known providers. */
@Injectable()
export class WatchProvidersService {
  private readonly logger = new Logger(WatchProvidersService.name);

  constructor(
    private readonly data: ProviderDataRepository,
    private readonly mapper: TitleMapper,
    private readonly changes: TitleChangeFeed,
    private readonly clock: Clock,
    @Optional() @Inject(METADATA_PROVIDER) private readonly provider: MetadataProvider | null,
  ) {}

  /** Fetches and stores the title's offers; returns how many countries have any. Throws what the provider throws. */
  async sync(title: TmdbLinkedTitle): Promise<number> {
    const provider = requireProvider(this.provider);
    const entries = await provider.watchProviders(title.type === 'series' ? 'tv' : 'movie', title.tmdbId);
    await this.data.setWatchProviders(title.id, entries, this.clock.now());
    await this.data.rememberProviders(entries);
    return entries.length;
  }

  /**
   * After an import: offers are a bonus there, so a failure is logged and the import still succeeds.
   * The search index learns the new provider keys (bulk syncs tell it once per batch instead).
   */
  async syncQuietly(title: TmdbLinkedTitle): Promise<void> {
    try {
      await this.sync(title);
      await this.changes.titlesChanged([title.id]);
    } catch (error) {
      this.logger.warn({ msg: 'watch providers not refreshed', titleId: title.id, err: error instanceof Error ? error.message : String(error) });
    }
  }

  async list(request: ListWatchProvidersRequest): Promise<WatchProviderListResponse> {
    const providers = await this.data.listProviders(request.country);
    return { items: providers.map(({ logoPath, ...provider }) => ({ ...provider, logoUrl: this.mapper.logoUrl(logoPath) })) };
  }

  async check(request: CheckWatchProvidersRequest): Promise<CheckWatchProvidersResponse> {
    return { unknown: await this.data.unknownProviderIds([...new Set(request.providerIds)]) };
  }
}
