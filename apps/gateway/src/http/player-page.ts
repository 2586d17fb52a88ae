import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from '../gateway.config.js';

/**
 * Where the reference player's files live: apps/gateway/player. rspack bakes this source file's own
 * path into import.meta.url, so the path is relative to the source in the bundle too (Dockerfile copies the folder).
 */
export const PLAYER_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../player');

/**
 * The page's own CSP, stricter than the API's: no inline script or style, nothing from another
 * origin except the object store that segment URLs redirect to, media from MSE blobs, hls.js's
 * transmuxing worker from a blob.
 */
export function playerContentSecurityPolicy(mediaOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${mediaOrigin}`,
    // data: for the empty WebVTT (`data:,WEBVTT`) hls.js gives the text track of a SUBTITLES group; media cannot run script.
    "media-src 'self' blob: data:",
    `connect-src 'self' ${mediaOrigin}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

interface PlayerFile {
  type: string;
  body: Buffer;
}

/**
 * The reference web player at /play (ADR 0022): a framework-free page that uses only the public API,
 * with hls.js served from the npm package. Files are read once at start; the page is never cached
 * so a new build is picked up, the rest for an hour.
 */
export function registerPlayerPage(app: NestFastifyApplication, config: GatewayConfig, dir = PLAYER_DIR): void {
  const hlsJs = createRequire(import.meta.url).resolve('hls.js/dist/hls.min.js');
  const files = new Map<string, PlayerFile>([
    ['/play', { type: 'text/html; charset=utf-8', body: readFileSync(join(dir, 'index.html')) }],
    ['/play/player.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(join(dir, 'player.js')) }],
    ['/play/player.css', { type: 'text/css; charset=utf-8', body: readFileSync(join(dir, 'player.css')) }],
    ['/play/hls.min.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(hlsJs) }],
  ]);
  const csp = playerContentSecurityPolicy(config.mediaOrigin);
  const fastify = app.getHttpAdapter().getInstance();
  for (const [path, file] of files) {
    fastify.get(path, (_request, reply) => {
      void reply
        .header('content-type', file.type)
        .header('content-security-policy', csp)
        .header('cache-control', path === '/play' ? 'no-cache' : 'public, max-age=3600')
        .send(file.body);
    });
  }
}
