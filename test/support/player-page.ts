import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { HLS_JS_PATH } from './browser.js';
import { freePort } from './processes.js';

/**
 * A player page on an origin of its own (another port than the gateway's), as a viewer's site
 * would host it: hls.js from the npm package, `startPlayback(url, token, rate)` driven by the test,
 * and everything it saw recorded in `window.player` for the test to read.
 *
 * The viewer's access token goes as `Authorization: Bearer` on every request to the gateway's
 * origin (never to the object store a segment redirects to), and `setAccessToken` swaps in a
 * refreshed one. The buffer is held to hls.js's 30 s target: with a low bitrate hls.js would
 * otherwise buffer up to `maxMaxBufferLength` (600 s, the whole film) and no grant would matter.
 */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>OnStream player</title><script src="/hls.js"></script></head>
<body><video id="video" muted playsinline width="320" height="180"></video>
<script>
const video = document.getElementById('video');
const player = window.player = {
  startedAt: 0, firstFrameAt: null, frames: 0, lastFrameAt: null, lastMediaTime: null,
  frameSeconds: {}, fragments: [], errors: [], events: [], tokenUses: 0, ended: false,
};
let accessToken = '';
window.setAccessToken = (token) => { accessToken = token; };
function note(type, detail) { player.events.push({ type, at: performance.now(), mediaTime: video.currentTime, ...detail }); }
function onFrame(now, metadata) {
  player.frames += 1;
  if (player.firstFrameAt === null) player.firstFrameAt = now;
  player.lastFrameAt = now;
  player.lastMediaTime = metadata.mediaTime;
  const second = Math.floor(metadata.mediaTime);
  player.frameSeconds[second] = (player.frameSeconds[second] || 0) + 1;
  video.requestVideoFrameCallback(onFrame);
}
for (const type of ['playing', 'waiting', 'pause', 'seeking', 'seeked', 'stalled']) video.addEventListener(type, () => note(type));
video.addEventListener('ended', () => { player.ended = true; note('ended'); });
window.startPlayback = (url, token, rate) => {
  accessToken = token;
  const gateway = new URL(url).origin;
  const hls = new Hls({
    maxBufferLength: 30,
    maxMaxBufferLength: 30,
    xhrSetup: (xhr, requestUrl) => {
      if (new URL(requestUrl, location.href).origin !== gateway) return;
      xhr.setRequestHeader('Authorization', 'Bearer ' + accessToken);
      player.tokenUses += 1;
    },
  });
  window.hls = hls;
  hls.on(Hls.Events.FRAG_LOADED, (_event, data) => {
    if (data.frag.type !== 'main' || data.frag.sn === 'initSegment') return;
    player.fragments.push({ sn: data.frag.sn, end: data.frag.start + data.frag.duration, requestedAt: data.frag.stats.loading.start, loadedAt: data.frag.stats.loading.end, from: new URL(data.networkDetails.responseURL).origin });
  });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    player.errors.push({ fatal: data.fatal, type: data.type, details: data.details, status: data.response ? data.response.code : null, at: performance.now(), mediaTime: video.currentTime });
  });
  video.requestVideoFrameCallback(onFrame);
  player.startedAt = performance.now();
  hls.loadSource(url);
  hls.attachMedia(video);
  hls.on(Hls.Events.MANIFEST_PARSED, () => { video.playbackRate = rate; video.play(); });
};
</script></body></html>`;

export interface PlayerPage {
  url: string;
  close(): Promise<void>;
}

/** Serves the player page and hls.js on a loopback port of its own. */
export async function servePlayerPage(): Promise<PlayerPage> {
  const hlsJs = readFileSync(HLS_JS_PATH);
  const server: Server = createServer((request, response) => {
    if (request.url === '/') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (request.url === '/hls.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(hlsJs);
    response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
