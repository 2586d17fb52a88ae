// The demo video of a local install (ADR 0022): a test card rendered by ffmpeg on this machine, put
// through the real pipeline once (create video → link the demo title → tus upload → transcode →
// ready), so a newcomer has something to press play on. Run by `npm run up` after the apps are ready;
// idempotent: a playable demo title ends it at once, and leftovers of an interrupted run are deleted.
// Usage: node scripts/demo-video.mjs   (GATEWAY_URL, DEMO_ACCOUNTS_PASSWORD; DEMO_VIDEO_SECONDS, DEMO_VIDEO_FILE)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const GATEWAY = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
const PASSWORD = process.env.DEMO_ACCOUNTS_PASSWORD;
const STUDIO_EMAIL = 'studio@onstream.test';
const SECONDS = Number(process.env.DEMO_VIDEO_SECONDS ?? 30);
const FILE = process.env.DEMO_VIDEO_FILE ?? join(process.env.ONSTREAM_DATA_DIR ?? '.data', 'demo', `test-card-${SECONDS}s.mp4`);
const TITLE = 'OnStream Test Card';
/** Same derivation as the catalog's demo seed (apps/catalog/src/import/demo-catalog.seed.ts). */
const TITLE_ID = `64656d6f${createHash('sha256').update('onstream-test-card').digest('hex').slice(0, 16)}`;
const TIMEOUT_MS = Number(process.env.DEMO_VIDEO_TIMEOUT_SECONDS ?? 900) * 1000;

const say = (message) => console.error(`[onstream] ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function api(method, path, token, body) {
  const response = await fetch(`${GATEWAY}/api/v1${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body && { 'content-type': 'application/json' }) },
    body: body && JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function expectOk(what, answer) {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`${what} answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

async function until(what, check) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(1000);
  }
}

/** A test pattern with a tone and the title burned in; kept under .data so a rerun does not render it again. */
function renderTestCard() {
  if (existsSync(FILE)) return;
  mkdirSync(dirname(FILE), { recursive: true });
  const text = `drawtext=text='${TITLE}':fontsize=36:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=12:x=(w-text_w)/2:y=h-text_h-40`;
  const clock = "drawtext=text='%{pts\\:hms}':fontsize=28:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=8:x=(w-text_w)/2:y=30";
  const result = spawnSync('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc2=size=640x360:rate=24:duration=${SECONDS}`,
    '-f', 'lavfi', '-i', `sine=frequency=440:beep_factor=4:sample_rate=48000:duration=${SECONDS}`,
    '-vf', `${text},${clock}`,
    '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '96k', '-movflags', '+faststart',
    FILE,
  ], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr}`);
}

/** English captions (WebVTT), a cue every 4 s, so the player shows a caption track; added once. */
async function ensureCaptions(token, videoId, seconds) {
  const { items } = await expectOk('list of captions', api('GET', `/videos/${videoId}/captions`, token));
  if (items.some((caption) => caption.language === 'en')) return;
  const stamp = (s) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  const cues = [];
  for (let start = 0; start + 4 <= Math.floor(seconds) - 1; start += 4) cues.push(`${stamp(start)} --> ${stamp(start + 4)}\nThe OnStream test card, ${start} to ${start + 4} seconds`);
  const response = await fetch(`${GATEWAY}/api/v1/videos/${videoId}/captions/en?kind=captions&label=English&default=true`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/vtt' },
    body: `WEBVTT\n\n${cues.join('\n\n')}\n`,
  });
  if (!response.ok) throw new Error(`captions answered ${response.status}: ${await response.text()}`);
}

/** tus 1.0.0: one creation, then the file in PATCHes of 4 MiB. */
async function upload(token, videoId) {
  const data = readFileSync(FILE);
  const meta = `videoId ${Buffer.from(videoId).toString('base64')},filename ${Buffer.from('test-card.mp4').toString('base64')}`;
  const auth = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
  const created = await fetch(`${GATEWAY}/api/v1/uploads`, { method: 'POST', headers: { ...auth, 'upload-length': String(data.length), 'upload-metadata': meta } });
  if (created.status !== 201) throw new Error(`upload creation answered ${created.status}: ${await created.text()}`);
  const location = new URL(created.headers.get('location') ?? '', GATEWAY).href;
  for (let offset = 0; offset < data.length; ) {
    const chunk = data.subarray(offset, offset + 4 * 1024 * 1024);
    const patched = await fetch(location, { method: 'PATCH', headers: { ...auth, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }, body: chunk });
    if (patched.status !== 204) throw new Error(`upload answered ${patched.status}: ${await patched.text()}`);
    offset = Number(patched.headers.get('upload-offset'));
  }
}

async function main() {
  if (!PASSWORD) return say('demo video skipped: DEMO_ACCOUNTS_PASSWORD is not set');
  const { accessToken: token } = await expectOk('studio sign-in', api('POST', '/auth/login', undefined, { email: STUDIO_EMAIL, password: PASSWORD }));
  await until('the catalog seed import', async () => ((await api('GET', '/admin/catalog/import', token)).body?.status === 'done' ? true : undefined));
  const title = await api('GET', `/titles/${TITLE_ID}`, token);
  if (title.body?.playable) {
    const { items: videos } = await expectOk('list of videos', api('GET', '/videos?limit=100', token));
    const ready = videos.find((v) => v.title === TITLE && v.status === 'ready');
    if (ready) await ensureCaptions(token, ready.id, ready.durationSeconds ?? SECONDS);
    return say(`demo video ready: ${TITLE}`);
  }
  const demoTitle = title.status === 200;

  // Leftovers of an interrupted run (never linked, or linked but not ready) go: one demo video at a time.
  const { items } = await expectOk('list of videos', api('GET', '/videos?limit=100', token));
  for (const video of items.filter((v) => v.title === TITLE)) await expectOk('deleting a leftover demo video', api('DELETE', `/videos/${video.id}`, token));

  renderTestCard();
  const video = await expectOk('video creation', api('POST', '/videos', token, {
    title: TITLE, description: 'A test pattern with a tone, rendered by ffmpeg on this machine.', category: 'demo', tags: ['demo'], language: 'en',
    visibility: 'public', monetization: { model: 'free' }, drm: true, maturityLevel: 'all',
  }));
  // Linked before the upload, so the ready event finds the title (a catalog without it lists the video on its own).
  if (demoTitle) await expectOk('linking the demo title', api('PATCH', `/titles/${TITLE_ID}`, token, { mediaVideoId: video.id }));
  say(`demo video: uploading and transcoding ${SECONDS} s of test card (once per install)`);
  await upload(token, video.id);
  const status = await until('the demo video to transcode', async () => {
    const { body } = await api('GET', `/videos/${video.id}`, token);
    return body?.status === 'ready' || body?.status === 'failed' ? body.status : undefined;
  });
  if (status !== 'ready') throw new Error('the demo video failed to transcode (see .data/logs/apps/media.log)');
  await ensureCaptions(token, video.id, SECONDS);
  if (demoTitle) await until('the demo title to be playable', async () => ((await api('GET', `/titles/${TITLE_ID}`, token)).body?.playable ? true : undefined));
  say(`demo video ready: ${TITLE}`);
}

main().catch((error) => {
  say(`demo video not made: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
