import type { TitleInput } from '@onstream/common';

/** Where title metadata comes from (TMDb today; others could follow). Answers in our own model. */
export interface MetadataProvider {
  readonly name: string;
  /** The movie with this provider id, or null when the provider does not know it. */
  movie(providerId: number): Promise<TitleInput | null>;
}

export const METADATA_PROVIDER = Symbol('METADATA_PROVIDER');

/** The provider failed in a way retrying will not fix soon (bad credentials, retries exhausted). */
export class MetadataProviderError extends Error {
  override name = 'MetadataProviderError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}
