import { applyDecorators, Controller, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

/** One OpenAPI tag per seed document whose API the gateway also speaks (docs/compat.md). */
export const COMPAT_TAGS = {
  'OnStream API contracts (seed 000)': 'The OnStream backend API contracts’ own /api routes, Movie Cache, Stream Source and User models, mapped onto the v1 contracts (docs/compat.md).',
  'Netflix clone API (seed 001)': 'The Netflix clone backend contracts’ own /api routes and TMDb shapes (TMDb ids in paths, genre_ids, trailer_url), mapped onto the v1 contracts (docs/compat.md).',
  'Streamify API (seed 002)': 'The Streamify backend’s own /api routes (username accounts, its sort keys, actors and similar movies in details), mapped onto the v1 contracts (docs/compat.md).',
  'Axolotly API (seed 003)': 'The Axolotly backend’s own /api routes (parent logins, kid profiles, title policies, streaming services, launcher devices), mapped onto the v1 contracts (docs/compat.md).',
  'OTT platform API (seed 004)': 'The OTT video streaming platform specification’s own routes at their literal paths, mapped onto the v1 contracts (docs/compat.md).',
} as const;
export type CompatTag = keyof typeof COMPAT_TAGS;

/**
 * A controller of a seed's routes at the document's literal path: version-neutral, so no
 * /api/v1 in front, and tagged with its seed so Swagger groups it and the v1 client leaves it out.
 */
export function CompatController(tag: CompatTag, path: string): ClassDecorator {
  return applyDecorators(Controller({ path, version: VERSION_NEUTRAL }), ApiTags(tag));
}

/**
 * A v1 call whose one expected refusal (by stable code) means "nothing here" in the seed's shape,
 * e.g. "never subscribed" → `subscriptions: []`. Every other error still reaches the caller.
 */
export async function unlessRefused<T>(call: Promise<T>, code: string, fallback: T): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if ((error as { code?: unknown }).code === code) return fallback;
    throw error;
  }
}
