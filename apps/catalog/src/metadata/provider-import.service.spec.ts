import { jest } from '@jest/globals';
import type { AuthUser, TitleDetails } from '@onstream/common';
import { storedTitle } from '../titles/stored-title.factory.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import type { TitlesService } from '../titles/titles.service.js';
import { MetadataProviderError, type MetadataProvider } from './metadata-provider.js';
import { ProviderImportService } from './provider-import.service.js';
import type { WatchProvidersService } from './watch-providers.service.js';

const actor: AuthUser = { userId: 'u', sessionId: 's', role: 'staff', tokenType: 'access', kidProfile: false };
const details = { id: 'x' } as TitleDetails;

function setup(movie: MetadataProvider['movie'] | null, existing = storedTitle({ externalIds: { tmdb: 238 } })) {
  const titles = { findByTmdbId: jest.fn<TitlesRepository['findByTmdbId']>().mockResolvedValue(existing) };
  const titlesService = { create: jest.fn<TitlesService['create']>().mockResolvedValue(details), update: jest.fn<TitlesService['update']>().mockResolvedValue(details) };
  const provider = movie ? ({ name: 'tmdb', movie: jest.fn(movie) } as unknown as MetadataProvider) : null;
  const watch = { syncQuietly: jest.fn<WatchProvidersService['syncQuietly']>().mockResolvedValue(undefined) };
  const service = new ProviderImportService(titles as unknown as TitlesRepository, titlesService as unknown as TitlesService, provider, watch as unknown as WatchProvidersService);
  return { service, titlesService };
}

describe('ProviderImportService.importMovie', () => {
  it('enriches the title that already has the TMDb id instead of creating a second one', async () => {
    const existing = storedTitle({ externalIds: { tmdb: 238 } });
    const { service, titlesService } = setup(async () => ({ type: 'movie', title: 'The Godfather', tagline: 'An offer' }), existing);
    await service.importMovie({ actor, tmdbId: 238 });
    expect(titlesService.update).toHaveBeenCalledWith({ actor, id: existing._id.toHexString(), changes: { title: 'The Godfather', tagline: 'An offer' } });
    expect(titlesService.create).not.toHaveBeenCalled();
  });

  it('answers 503 when no provider is configured', async () => {
    const { service } = setup(null);
    await expect(service.importMovie({ actor, tmdbId: 238 })).rejects.toMatchObject({ status: 503, code: 'CATALOG.METADATA_PROVIDER_NOT_CONFIGURED' });
  });

  it('answers 502 when the provider fails after its retries', async () => {
    const { service } = setup(async () => {
      throw new MetadataProviderError('TMDb answered 500', 500);
    });
    await expect(service.importMovie({ actor, tmdbId: 238 })).rejects.toMatchObject({ status: 502, code: 'CATALOG.METADATA_PROVIDER_FAILED' });
  });
});
