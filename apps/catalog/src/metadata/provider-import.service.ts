import { Inject, Injectable, Optional } from '@nestjs/common';
import { DomainError, ErrorCodes, type ImportFromProviderRequest, type TitleDetails } from '@onstream/common';
import { TitlesRepository } from '../titles/titles.repository.js';
import { TitlesService } from '../titles/titles.service.js';
import { METADATA_PROVIDER, type MetadataProvider } from './metadata-provider.js';
import { fromProvider, requireProvider } from './provider-calls.js';
import { WatchProvidersService } from './watch-providers.service.js';

/**
 * Creates or refreshes a title from the metadata provider (TMDb), matched by TMDb id: a seed
 * title with the same id is enriched in place (cast, crew, images, certifications, trailer…).
 */
@Injectable()
export class ProviderImportService {
  constructor(
    private readonly titles: TitlesRepository,
    private readonly titlesService: TitlesService,
    @Optional() @Inject(METADATA_PROVIDER) private readonly provider: MetadataProvider | null,
    private readonly watch: WatchProvidersService,
  ) {}

  async importMovie(request: ImportFromProviderRequest): Promise<TitleDetails> {
    const provider = requireProvider(this.provider);
    const input = await fromProvider(provider, () => provider.movie(request.tmdbId));
    if (!input) throw new DomainError(ErrorCodes.CatalogProviderTitleNotFound, 404, `${provider.name} has no movie ${request.tmdbId}.`);
    const existing = await this.titles.findByTmdbId(request.tmdbId, 'movie');
    // Keep what the provider does not know (e.g. featured, a staff-set maturity) on an existing title.
    const { type: _type, ...changes } = input;
    const title = existing
      ? await this.titlesService.update({ actor: request.actor, id: existing._id.toHexString(), changes })
      : await this.titlesService.create({ actor: request.actor, title: input });
    await this.watch.syncQuietly({ id: title.id, type: 'movie', tmdbId: request.tmdbId });
    return title;
  }
}
