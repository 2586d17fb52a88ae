import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { OPENAPI_PUBLIC, OPENAPI_PERMISSION } from '../auth/auth.decorators.js';
import { documentErrors } from './openapi-errors.js';

/** Every route lives under this prefix (`/api/v1/...`); /docs and /docs-json stay outside it. */
export const API_PREFIX = 'api/v1';

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
  billing: 'Plans, subscriptions, pay-per-view, payments and their history (billing service)',
  'billing-admin': 'Billing administration and test clock (billing service)',
  analytics: 'Player events, reports and statistics (analytics service)',
  notifications: 'In-app notifications of the caller’s account, unread count, mark read (users service)',
  comments: 'Comments and replies on videos and titles, comment likes, per-target comment settings (engagement service)',
  reactions: 'Likes and dislikes on videos and titles, one per profile (engagement service)',
  moderation: 'Reports of titles, videos and comments; the staff queue, resolutions and audit trail (engagement service)',
  health: 'Liveness and readiness of the gateway and the services behind it',
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
  );
  documentErrors(document, { publicExtension: OPENAPI_PUBLIC, permissionExtension: OPENAPI_PERMISSION });
  document.tags = Object.entries(TAGS).map(([name, description]) => ({ name, description }));
  return document;
}
