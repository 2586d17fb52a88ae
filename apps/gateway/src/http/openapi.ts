import { VersioningType, type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { OPENAPI_PUBLIC, OPENAPI_PERMISSION } from '../auth/auth.decorators.js';
import { documentErrors } from './openapi-errors.js';
import { COMPAT_TAGS } from '../compat/compat.decorators.js';

/** Every v1 route lives under this prefix (`/api/v1/...`); /docs and /docs-json stay outside it. */
export const API_PREFIX = 'api/v1';

/**
 * v1 routes are URI version 1 under /api; the seed-compatibility controllers are version-neutral,
 * so they keep their documents' literal paths. A global prefix cannot do both: its exclusions
 * match paths, and seed 004's `/auth/signup` is v1's `auth/signup` too.
 */
export function useApiRoutes(app: INestApplication): void {
  app.enableVersioning({ type: VersioningType.URI, prefix: 'api/v', defaultVersion: '1' });
}

/** Tag of each route group → what it is and which service answers behind the gateway. */
const TAGS: Record<string, string> = {
  auth: 'Sign-up, e-mail verification, login, refresh and logout (users service)',
  me: 'The caller’s account, sessions and preferences (users service)',
  profiles: 'Viewer profiles, kid profiles with PIN and maturity limit (users service)',
  library: 'Watchlist, favorites, watch history and resume points of the current profile (users service)',
  devices: 'Device pairing with a short code for TVs and set-top boxes (users service)',
  admin: 'Account administration for admins (users service)',
  catalog: 'Titles, genres, people, search, feeds and recommendations (catalog service)',
  'catalog-admin': 'TMDb series import, nightly refresh and backfills for staff and admins (catalog service)',
  launcher: 'Approved content for paired devices: the Axolotly launcher API (catalog service)',
  videos: 'Creator videos: metadata, publishing, visibility and geo rules (media service)',
  uploads: 'Resumable tus uploads straight to object storage (media service)',
  playback: 'Playback start, HLS playlists, keys and storyboards (media service)',
  captions: 'Caption and subtitle tracks per language: WebVTT or SRT in, WebVTT out (media service)',
  ads: 'Ad breaks: the built-in VAST 4.2 house-ad server and its tracking pixels (media service, analytics ingest)',
  billing: 'Plans, subscriptions, pay-per-view, payments and their history (billing service)',
  'billing-admin': 'Billing administration and test clock (billing service)',
  analytics: 'Player events, reports and statistics (analytics service)',
  notifications: 'In-app notifications of the caller’s account, unread count, mark read (users service)',
  comments: 'Comments and replies on videos and titles, comment likes, per-target comment settings (engagement service)',
  reactions: 'Likes and dislikes on videos and titles, one per profile (engagement service)',
  moderation: 'Reports of titles, videos and comments; the staff queue, resolutions and audit trail (engagement service)',
  health: 'Liveness and readiness of the gateway and the services behind it',
  ...COMPAT_TAGS,
};

/** Swagger UI at /docs for people, the OpenAPI document at /docs-json for tools. */
export function setupOpenApi(app: INestApplication): OpenAPIObject {
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return document;
}

/**
 * The gateway's OpenAPI document. It needs only the module graph, not running providers, so the
 * client generator builds it from an app created with `preview: true` (no NATS, no Redis).
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('OnStream API')
      .setDescription(
        'REST API of the OnStream OTT backend. Every error is RFC 9457 `application/problem+json` (schema `Problem`); ' +
          'a service that does not answer in time gives 503 with Retry-After. Send `X-Request-Id` to trace a call through the services.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .build(),
    // Without the version suffix Swagger adds under URI versioning ("_api/v1"): ids stay as the client knows them.
    { operationIdFactory: (controllerKey: string, methodKey: string) => `${controllerKey}_${methodKey}` },
  );
  documentErrors(document, { publicExtension: OPENAPI_PUBLIC, permissionExtension: OPENAPI_PERMISSION });
  document.tags = Object.entries(TAGS).map(([name, description]) => ({ name, description }));
  return document;
}

/** The document without the seed-compatibility routes and their own schemas: what the generated v1 client is made from. */
export function withoutCompatRoutes(document: OpenAPIObject): OpenAPIObject {
  const compatTags = new Set(Object.keys(COMPAT_TAGS));
  const paths = Object.fromEntries(Object.entries(document.paths).filter(([path]) => path.startsWith(`/${API_PREFIX}/`)));
  const schemas = document.components?.schemas ?? {};
  // Keep the schemas the v1 paths reach, directly or through other schemas.
  const kept = new Set<string>();
  const pending = [JSON.stringify(paths)];
  for (let json = pending.pop(); json !== undefined; json = pending.pop()) {
    for (const [, name] of json.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (kept.has(name) || !(name in schemas)) continue;
      kept.add(name);
      pending.push(JSON.stringify(schemas[name]));
    }
  }
  return {
    ...document,
    paths,
    components: { ...document.components, schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => kept.has(name))) },
    tags: (document.tags ?? []).filter((tag) => !compatTags.has(tag.name)),
  };
}
