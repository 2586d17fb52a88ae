import { Inject, Injectable, Optional } from '@nestjs/common';
import { DomainError, ErrorCodes, type ImportFromProviderRequest, type TitleDetails } from '@onstream/common';
import { TitlesRepository } from '../titles/titles.repository.js';
import { TitlesService } from '../titles/titles.service.js';
import { METADATA_PROVIDER, MetadataProviderError, type MetadataProvider } from './metadata-provider.js';

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
  ) {}

  async importMovie(request: ImportFromProviderRequest): Promise<TitleDetails> {
    if (!this.provider) throw new DomainError(ErrorCodes.CatalogProviderNotConfigured, 503, 'No metadata provider is configured (set TMDB_API_KEY or TMDB_ACCESS_TOKEN).');
    const input = await this.provider.movie(request.tmdbId).catch((error: unknown) => {
      if (error instanceof MetadataProviderError) throw new DomainError(ErrorCodes.CatalogProviderFailed, 502, `${this.provider?.name} did not answer usefully: ${error.message}`);
      throw error;
    });
    if (!input) throw new DomainError(ErrorCodes.CatalogProviderTitleNotFound, 404, `${this.provider.name} has no movie ${request.tmdbId}.`);
    const existing = await this.titles.findByTmdbId(request.tmdbId);
    if (!existing) return this.titlesService.create({ actor: request.actor, title: input });
    // Keep what the provider does not know (e.g. featured, a staff-set maturity) on the existing title.
    const { type: _type, ...changes } = input;
    return this.titlesService.update({ actor: request.actor, id: existing._id.toHexString(), changes });
  }
}
