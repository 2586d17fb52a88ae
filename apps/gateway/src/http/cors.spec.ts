import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from '../gateway.config.js';
import { API_PREFIX } from './openapi.js';
import { PLAYBACK_PATH_PREFIX, registerCors } from './http-plugins.js';

const ALLOWED = 'https://app.example.com';
const ELSEWHERE = 'https://player.example';

@Controller()
class RoutesController {
  @Get('playback/:id/:file')
  file(): string {
    return '#EXTM3U';
  }

  @Get('titles')
  titles(): string[] {
    return [];
  }
}

@Module({ controllers: [RoutesController] })
class RoutesModule {}

let app: NestFastifyApplication;
let base = '';

beforeAll(async () => {
  app = await NestFactory.create<NestFastifyApplication>(RoutesModule, new FastifyAdapter(), { logger: false });
  registerCors(app, { corsOrigins: [ALLOWED] } as GatewayConfig);
  app.setGlobalPrefix(API_PREFIX);
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});

afterAll(() => app.close());

const send = async (method: 'GET' | 'OPTIONS', url: string, headers: Record<string, string>) => {
  const answer = await fetch(`${base}${url}`, { method, headers });
  const body = await answer.text();
  return { statusCode: answer.status, body, headers: Object.fromEntries(answer.headers) as Record<string, string | undefined> };
};
const preflight = (url: string, origin: string) => send('OPTIONS', url, { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,range' });

describe('registerCors (two policies, each fixed per route)', () => {
  const playbackFile = `${PLAYBACK_PATH_PREFIX}v1/master.m3u8`;

  it('answers playback files to any origin, never with credentials', async () => {
    const answer = await send('GET', playbackFile, { origin: ELSEWHERE });

    expect(answer.statusCode).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    expect(answer.headers['access-control-expose-headers']).toMatch(/content-range/);
  });

  it('answers a playback preflight from any origin with the headers a player sends', async () => {
    const answer = await preflight(playbackFile, ELSEWHERE);

    expect(answer.statusCode).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-headers']).toBe('range, authorization');
    expect(answer.headers['access-control-allow-methods']).toBe('GET, HEAD');
  });

  it('refuses an OPTIONS under the playback path that is no preflight, with nothing of the file', async () => {
    const answer = await send('OPTIONS', playbackFile, {});

    expect([400, 404]).toContain(answer.statusCode);
    expect(answer.body).not.toContain('#EXTM3U');
  });

  it('answers the rest of the API only to listed origins, with credentials', async () => {
    const listed = await send('GET', `/${API_PREFIX}/titles`, { origin: ALLOWED });
    const unlisted = await send('GET', `/${API_PREFIX}/titles`, { origin: ELSEWHERE });

    expect(listed.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(listed.headers['access-control-allow-credentials']).toBe('true');
    expect(listed.headers.vary).toMatch(/origin/i);
    expect(unlisted.headers['access-control-allow-origin']).toBeUndefined();
    expect(unlisted.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('gives an API preflight from an unlisted origin no CORS headers', async () => {
    const answer = await preflight(`/${API_PREFIX}/titles`, ELSEWHERE);

    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(`/${API_PREFIX}/titles`, ALLOWED)).headers['access-control-allow-origin']).toBe(ALLOWED);
  });
});
