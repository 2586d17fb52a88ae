import { jest } from '@jest/globals';
import { Inject, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@onstream/common';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { GatewayConfig } from '../gateway.config.js';
import { createOpenApiDocument, useApiRoutes, withoutCompatRoutes } from './openapi.js';

// @nestjs/throttler is CommonJS that requires the ESM-only @nestjs/common: the app's bundle loads it,
// jest's ESM mode on Node 20 cannot. The document does not depend on it (rate-limit docs are our
// own decorators), so the spec stands in an inert module for it.
const THROTTLER_TOKENS = ['throttler-options', 'throttler-storage'];
@Module({})
class NoThrottlerModule {}
jest.unstable_mockModule('@nestjs/throttler', () => ({
  ThrottlerModule: {
    forRootAsync: () => ({ module: NoThrottlerModule, global: true, providers: THROTTLER_TOKENS.map((provide) => ({ provide, useValue: {} })), exports: THROTTLER_TOKENS }),
  },
  ThrottlerGuard: class {},
  InjectThrottlerOptions: () => Inject('throttler-options'),
  InjectThrottlerStorage: () => Inject('throttler-storage'),
}));
const { GatewayModule } = await import('../gateway.module.js');

const CLIENT_SCHEMA = resolve(import.meta.dirname, '../../../../clients/typescript/schema.d.ts');
const CLIENT_HEADER = '// Generated from the gateway’s OpenAPI document by `npm run client:generate`. Do not edit.\n\n';
/** Answers that carry no body by definition. */
const BODILESS = new Set(['202', '204', '301', '302', '303', '304', '307', '308']);

type Response = { content?: Record<string, { schema?: unknown }>; headers?: Record<string, unknown> };
type Operation = { summary?: string; tags?: string[]; parameters?: unknown[]; requestBody?: unknown; security?: unknown[]; responses: Record<string, Response> };

/** The gateway's document from its module graph alone: `preview` instantiates no provider (no NATS, no Redis). */
async function buildDocument(): Promise<OpenAPIObject> {
  const config = loadConfig(GatewayConfig, { JWT_SECRET: 'openapi-preview-secret-openapi-preview' });
  const app = await NestFactory.create(GatewayModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  useApiRoutes(app);
  const document = createOpenApiDocument(app);
  await app.close();
  return document;
}

function operations(document: OpenAPIObject): Array<[string, Operation]> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as [string, Operation]),
  );
}

/** What keeps a route honest for people and generated clients; one line per shortcoming. */
function shortcomings(name: string, operation: Operation, knownTags: Set<string>): string[] {
  const found: string[] = [];
  if (!operation.summary?.trim()) found.push(`${name}: no summary`);
  if (!operation.tags?.length) found.push(`${name}: no tag`);
  for (const tag of operation.tags ?? []) if (!knownTags.has(tag)) found.push(`${name}: tag "${tag}" is not described in the document's tags`);
  const statuses = Object.keys(operation.responses);
  const successes = statuses.filter((status) => /^[23]/.test(status));
  if (successes.length === 0) found.push(`${name}: no success response`);
  for (const status of successes.filter((s) => !BODILESS.has(s) && !name.startsWith('HEAD '))) {
    const response = operation.responses[status] ?? {};
    const content = Object.values(response.content ?? {});
    // An answer made only of headers (tus: Location) documents them instead of a body.
    if (content.length === 0 && response.headers) continue;
    if (content.length === 0 || content.some((media) => !media.schema)) found.push(`${name}: ${status} has no response schema`);
  }
  // Only a public route without input cannot be refused; every other one documents how it is.
  const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  const isPublic = operation.security?.some((requirement) => Object.keys(requirement as object).length === 0) ?? false;
  if ((takesInput || !isPublic) && !statuses.some((status) => /^4/.test(status))) found.push(`${name}: no documented 4xx`);
  for (const status of statuses.filter((s) => /^4/.test(s))) {
    if (!operation.responses[status]?.content?.['application/problem+json']) found.push(`${name}: ${status} is not application/problem+json`);
  }
  for (const status of statuses.filter((s) => /^5/.test(s))) {
    if (!Object.values(operation.responses[status]?.content ?? {}).some((media) => media.schema)) found.push(`${name}: ${status} has no body schema`);
  }
  return found;
}

async function generateClientSchema(document: OpenAPIObject): Promise<string> {
  // A default says what the server assumes when a field is left out, so such fields stay optional.
  const ast = await openapiTS(withoutCompatRoutes(document) as unknown as Parameters<typeof openapiTS>[0], { defaultNonNullable: false });
  return CLIENT_HEADER + astToString(ast);
}

describe('the gateway OpenAPI document', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await buildDocument();
  }, 60_000);

  it('gives every operation a summary, a described tag, a success schema and problem+json errors', () => {
    const knownTags = new Set((document.tags ?? []).map((tag) => tag.name));
    const all = operations(document);
    expect(all.length).toBeGreaterThan(50);
    expect(all.flatMap(([name, operation]) => shortcomings(name, operation, knownTags))).toEqual([]);
  });

  it('finds a route without a response schema', () => {
    const bare: Operation = { summary: 'x', tags: ['health'], security: [{ bearer: [] }], responses: { '200': { content: { 'application/json': {} } } } };
    expect(shortcomings('GET /x', bare, new Set(['health']))).toEqual(['GET /x: 200 has no response schema', 'GET /x: no documented 4xx']);
  });

  it('documents seed 004’s routes at their literal paths under its own tag, beside v1 and outside the v1 client', () => {
    const seed004 = 'OTT platform API (seed 004)';
    const signup = (document.paths['/auth/signup'] as Record<string, Operation>).post;
    expect(signup.tags).toEqual([seed004]);
    expect((document.paths['/api/v1/auth/signup'] as Record<string, Operation>).post.tags).toEqual(['auth']);
    expect(document.tags?.map((tag) => tag.name)).toContain(seed004);
    const v1 = withoutCompatRoutes(document);
    expect(Object.keys(v1.paths).filter((path) => !path.startsWith('/api/v1/'))).toEqual([]);
    expect(v1.tags?.map((tag) => tag.name)).not.toContain(seed004);
    expect(Object.keys(v1.components?.schemas ?? {})).not.toContain('OttUser');
  });

  it('documents seed 000’s routes at their /api paths under its own tag, outside the v1 client', () => {
    const seed000 = 'OnStream API contracts (seed 000)';
    for (const [path, method] of [['/api/movies/{id}/stream', 'get'], ['/api/watch-history', 'post'], ['/api/admin/cache/clear', 'post']] as const) {
      expect([path, (document.paths[path] as Record<string, Operation>)[method].tags]).toEqual([path, [seed000]]);
    }
    // A path seed 001 shares is one route under both seeds' tags.
    expect((document.paths['/api/auth/register'] as Record<string, Operation>).post.tags).toEqual([seed000, 'Netflix clone API (seed 001)']);
    const v1 = withoutCompatRoutes(document);
    expect(v1.tags?.map((tag) => tag.name)).not.toContain(seed000);
    expect(Object.keys(v1.components?.schemas ?? {})).not.toContain('SeedMovie');
  });

  it('documents seed 001’s routes at their /api paths under its own tag, outside the v1 client; the watchlist serves seed 002 too', () => {
    const seed001 = 'Netflix clone API (seed 001)';
    for (const [path, method] of [['/api/movies/{id}/trailer', 'get'], ['/api/movies/genre/{genre_id}', 'get'], ['/api/auth/profile', 'put'], ['/api/auth/logout', 'post']] as const) {
      expect([path, (document.paths[path] as Record<string, Operation>)[method].tags]).toEqual([path, [seed001]]);
    }
    expect((document.paths['/api/watchlist/{id}'] as Record<string, Operation>).post.tags).toEqual(expect.arrayContaining([seed001, 'Streamify API (seed 002)']));
    const v1 = withoutCompatRoutes(document);
    expect(v1.tags?.map((tag) => tag.name)).not.toContain(seed001);
    expect(Object.keys(v1.components?.schemas ?? {})).not.toContain('SeedWatchlist');
  });

  it('documents seed 002’s routes under its own tag; the paths it shares carry every sharing seed’s tag', () => {
    const seed002 = 'Streamify API (seed 002)';
    for (const [path, method] of [['/api/register', 'post'], ['/api/profile', 'get'], ['/api/recommendations', 'get']] as const) {
      expect([path, (document.paths[path] as Record<string, Operation>)[method].tags]).toEqual([path, [seed002]]);
    }
    expect((document.paths['/api/login'] as Record<string, Operation>).post.tags).toEqual(expect.arrayContaining([seed002, 'Axolotly API (seed 003)']));
    expect((document.paths['/api/movies/{id}'] as Record<string, Operation>).get.tags).toEqual(expect.arrayContaining(['OnStream API contracts (seed 000)', 'Netflix clone API (seed 001)', seed002]));
    expect(withoutCompatRoutes(document).tags?.map((tag) => tag.name)).not.toContain(seed002);
  });

  it('documents seed 003’s routes under its own tag, outside the v1 client', () => {
    const seed003 = 'Axolotly API (seed 003)';
    const routes = [
      ['/api/signup', 'post'], ['/api/catalog/search', 'get'], ['/api/catalog/titles/{id}', 'get'], ['/api/catalog/policies', 'post'], ['/api/services', 'get'], ['/api/services', 'post'],
      ['/api/profiles', 'get'], ['/api/profiles', 'post'], ['/api/profiles/{id}', 'put'], ['/api/profiles/{id}', 'delete'], ['/api/devices/pair-code', 'post'], ['/api/devices', 'get'],
      ['/api/devices/{id}', 'delete'], ['/api/launcher/pair', 'post'], ['/api/launcher/approved-content', 'get'], ['/api/admin/reports', 'get'],
      ['/api/admin/reports/{id}/resolve', 'post'],
    ] as const;
    for (const [path, method] of routes) {
      expect([path, (document.paths[path] as Record<string, Operation>)[method].tags]).toEqual([path, [seed003]]);
    }
    const v1 = withoutCompatRoutes(document);
    expect(v1.tags?.map((tag) => tag.name)).not.toContain(seed003);
    expect(Object.keys(v1.components?.schemas ?? {}).filter((name) => name.startsWith('Axolotly'))).toEqual([]);
  });

  it('matches the committed TypeScript client (run `npm run client:generate` after changing a route)', async () => {
    const generated = await generateClientSchema(document);
    if (process.env.ONSTREAM_WRITE_CLIENT === '1') writeFileSync(CLIENT_SCHEMA, generated);
    expect(readFileSync(CLIENT_SCHEMA, 'utf8')).toBe(generated);
  }, 60_000);
});
