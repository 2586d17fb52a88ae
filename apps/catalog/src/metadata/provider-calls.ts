import { DomainError, ErrorCodes, type AuthUser } from '@onstream/common';
import { MetadataProviderError, type MetadataProvider } from './metadata-provider.js';

/** The configured provider, or 503: nothing to import from without a key. */
export function requireProvider(provider: MetadataProvider | null): MetadataProvider {
  if (!provider) throw new DomainError(ErrorCodes.CatalogProviderNotConfigured, 503, 'No metadata provider is configured (set TMDB_API_KEY or TMDB_ACCESS_TOKEN).');
  return provider;
}

/** Runs a provider call; a provider that failed after its retries becomes 502 for the caller. */
export async function fromProvider<T>(provider: MetadataProvider, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof MetadataProviderError) throw new DomainError(ErrorCodes.CatalogProviderFailed, 502, `${provider.name} did not answer usefully: ${error.message}`);
    throw error;
  }
}

/** Background jobs (nightly refresh) write the catalog as the system, with staff rights. */
export const SYSTEM_ACTOR: AuthUser = { userId: 'system', sessionId: 'system', role: 'admin', tokenType: 'access', kidProfile: false };
