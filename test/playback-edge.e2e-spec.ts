import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from './support/http.js';
import { IdentitySteps, type SignedUpUser } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { decodeErrors, makeClip } from './support/media-clips.js';
import { aesDecrypt, downloadRendition, fetchText, parseMedia } from './support/media-hls.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { buildCountryMmdb } from './support/mmdb.js';
import { uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

/**
 * Playback grants (ADR 0013) with real sign-in sessions: a pause longer than the grant resumes,
 * ending the session stops playback within one grant lifetime, files answer any origin, every
 * encrypted file has its own IV. The grant lifetime is shortened to 10 s. Geo comes from a GeoIP
 * database built here: 127.0.0.1 is in FR, 127.0.0.3 in KP, 127.0.0.2 is unknown.
 */
const GRANT_SECONDS = 10;
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'playback-grants-'));
let videoId = '';
let creator: MintedUser;

interface Stream {
  manifestUrl: string;
  expiresAt: string;
  playbackId: string;
  playbackSessionId: string;
}

const bearer = (user: SignedUpUser) => ({ authorization: `Bearer ${user.tokens.accessToken}` });
const fileUrl = (stream: Stream, file: string) => new URL(file, `${platform.baseUrl}${stream.manifestUrl}`).toString();

async function startStream(user: SignedUpUser): Promise<Stream> {
  const response = await fetch(platform.url(`/videos/${videoId}/stream`), { headers: bearer(user) });
  if (response.status !== 200) throw new Error(`stream answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Stream;
}

/** A player's segment fetch with the viewer's access token: the gateway's redirect status, without following it. */
async function segmentStatus(stream: Stream, viewer: SignedUpUser, file = 'seg_00001.m4s'): Promise<number> {
  return (await fetch(fileUrl(stream, `360p/${file}`), { headers: bearer(viewer), redirect: 'manual' })).status;
}

beforeAll(async () => {
  const geoip = join(work, 'countries.mmdb');
  writeFileSync(geoip, buildCountryMmdb({ '127.0.0.1/32': 'FR', '127.0.0.3/32': 'KP' }));
  await platform.start({
    env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_SEGMENT_SECONDS: '2', TRANSCODE_LADDER: '360:500:64' },
    appEnv: { media: { PLAYBACK_TOKEN_TTL_SECONDS: String(GRANT_SECONDS) }, gateway: { GEOIP_DATABASE: geoip, TRUST_PROXY: 'false' } },
  });
  creator = new MediaTokens(platform.env.JWT_SECRET ?? '').user('creator');
  const clip = join(work, 'clip.mp4');
  makeClip(clip, { seconds: 10, width: 640, height: 360 });
  const created = await fetch(platform.url('/videos'), {
    method: 'POST',
    headers: { ...creator.auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Grant clip', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' }, drm: true, maturityLevel: 'all' }),
  });
  videoId = ((await created.json()) as { id: string }).id;
  expect((await uploadFile(platform.url('/uploads'), creator.auth, clip, videoId, 'clip.mp4')).status).toBe(204);
  await waitFor(`video ${videoId} ready`, async () => {
    const video = (await (await fetch(platform.url(`/videos/${videoId}`), { headers: creator.auth })).json()) as { status: string };
    if (video.status === 'failed') throw new Error('transcoding failed');
    return video.status === 'ready' ? video : undefined;
  }, 300_000, 500);
}, 400_000);
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe('playback grants', () => {
  it('encrypts every file with its own IV, and the asset key decrypts them to a clean stream', async () => {
    const viewer = await steps.newUser('grant-iv');
    const stream = await startStream(viewer);
    const playlistUrl = fileUrl(stream, '360p/index.m3u8');
    const text = (await fetchText(playlistUrl, bearer(viewer))).text;
    const ivs = [...text.matchAll(/^#EXT-X-KEY:METHOD=AES-128,URI="key\.bin",IV=0x([0-9a-f]{32})$/gm)].map((m) => m[1]);
    const playlist = parseMedia(text);
    expect(ivs).toHaveLength(playlist.segments.length + 1);
    expect(new Set(ivs).size).toBe(ivs.length);
    const key = Buffer.from(await (await fetch(fileUrl(stream, '360p/key.bin'), { headers: bearer(viewer) })).arrayBuffer());
    expect(key).toHaveLength(16);
    const clear = join(work, 'clear.mp4');
    writeFileSync(clear, await downloadRendition(playlistUrl, playlist, bearer(viewer), (data, i) => aesDecrypt(data, key, Buffer.from(ivs[i], 'hex'))));
    expect(decodeErrors(clear)).toBe('');
  }, 120_000);

  it('resumes after a pause longer than the grant: the first fetch renews it', async () => {
    const viewer = await steps.newUser('grant-pause');
    const stream = await startStream(viewer);
    expect(await segmentStatus(stream, viewer, 'seg_00000.m4s')).toBe(302);
    const lapsed = Date.parse(stream.expiresAt) + 1000;
    await waitFor('the grant to lapse', async () => (Date.now() > lapsed ? true : undefined), (GRANT_SECONDS + 30) * 1000, 250);
    expect(await segmentStatus(stream, viewer)).toBe(302);
    expect((await fetchText(fileUrl(stream, '360p/index.m3u8'), bearer(viewer))).status).toBe(200);
    expect((await fetch(fileUrl(stream, '360p/key.bin'), { headers: bearer(viewer) })).status).toBe(200);
  }, 120_000);

  it('stops serving a playback within one grant lifetime of its session being signed out', async () => {
    const viewer = await steps.newUser('grant-revoke');
    const stream = await startStream(viewer);
    expect(await segmentStatus(stream, viewer, 'seg_00000.m4s')).toBe(302);
    const logout = await fetch(platform.url('/auth/logout'), { method: 'POST', headers: bearer(viewer) });
    expect(logout.status).toBe(204);
    const signedOutAt = Date.now();
    // The grant may have been renewed just before the sign-out: it is live for at most one lifetime after.
    const bound = signedOutAt + GRANT_SECONDS * 1000 + 1000;
    const fetches: Array<{ startedAt: number; status: number }> = [];
    await waitFor('a fetch after the bound', async () => {
      const startedAt = Date.now();
      fetches.push({ startedAt, status: await segmentStatus(stream, viewer) });
      return startedAt > bound + 2000 ? true : undefined;
    }, (GRANT_SECONDS + 60) * 1000, 500);
    const afterBound = fetches.filter((f) => f.startedAt > bound);
    expect(afterBound.length).toBeGreaterThan(0);
    expect(afterBound.map((f) => f.status)).toEqual(afterBound.map(() => 401));
    // Signing in again opens a new session: the old playback is not its own, it needs a stream of its own.
    const again = await steps.login(viewer.email);
    const answer = await fetch(fileUrl(stream, 'master.m3u8'), { headers: { authorization: `Bearer ${again.accessToken}` } });
    expect(answer.status).toBe(403);
    expect(((await answer.json()) as { code: string }).code).toBe('MEDIA.PLAYBACK_NOT_YOURS');
  }, 120_000);

  it('answers playback files to any origin without credentials, while the API keeps its allowlist', async () => {
    const viewer = await steps.newUser('grant-cors');
    const stream = await startStream(viewer);
    const origin = 'https://player.example';
    const master = await fetch(fileUrl(stream, 'master.m3u8'), { headers: { origin, ...bearer(viewer) } });
    expect(master.status).toBe(200);
    expect(master.headers.get('access-control-allow-origin')).toBe('*');
    expect(master.headers.get('access-control-allow-credentials')).toBeNull();
    const redirect = await fetch(fileUrl(stream, '360p/seg_00000.m4s'), { headers: { origin, ...bearer(viewer) }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(fileUrl(stream, '360p/index.m3u8'), { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,range' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/range/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const apiPreflight = await fetch(platform.url(`/videos/${videoId}/stream`), { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    expect(apiPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 401 to a token of another video and 404 to a segment the playlist does not list', async () => {
    const viewer = await steps.newUser('grant-other');
    const stream = await startStream(viewer);
    const token = /\/playback\/[0-9a-f]{24}\/([^/]+)\//.exec(stream.manifestUrl)?.[1] ?? '';
    expect((await fetch(platform.url(`/playback/665f1c2e9b1e8a0012345678/${token}/master.m3u8`), { headers: bearer(viewer) })).status).toBe(401);
    expect(await segmentStatus(stream, viewer, 'seg_09999.m4s')).toBe(404);
  });

  it('refuses a replay of the playback URL by another account, another sign-in or no sign-in at all', async () => {
    const viewer = await steps.newUser('grant-owner');
    const stranger = await steps.newUser('grant-stranger');
    const stream = await startStream(viewer);
    const files = ['master.m3u8', '360p/index.m3u8', '360p/key.bin', '360p/seg_00000.m4s', 'storyboard.vtt'];
    const answers = async (headers: Record<string, string>) =>
      Promise.all(files.map(async (file) => {
        const response = await fetch(fileUrl(stream, file), { headers, redirect: 'manual' });
        return `${file} ${response.status} ${response.status >= 400 ? ((await response.json()) as { code: string }).code : ''}`.trim();
      }));
    expect(await answers(bearer(stranger))).toEqual(files.map((file) => `${file} 403 MEDIA.PLAYBACK_NOT_YOURS`));
    const secondSignIn = await steps.login(viewer.email);
    expect(await answers({ authorization: `Bearer ${secondSignIn.accessToken}` })).toEqual(files.map((file) => `${file} 403 MEDIA.PLAYBACK_NOT_YOURS`));
    expect(await answers({})).toEqual(files.map((file) => `${file} 401 COMMON.UNAUTHORIZED`));
    // The viewer's own session still plays it: the refusals did not end the playback.
    expect(await answers(bearer(viewer))).toEqual(['master.m3u8 200', '360p/index.m3u8 200', '360p/key.bin 200', '360p/seg_00000.m4s 302', 'storyboard.vtt 200']);
  });
});

describe('analytics under the playback session media issued', () => {
  const events = (sessionId: string) => [
    { id: 'e1', sessionId, videoId, type: 'view_start', clientTs: new Date(Date.now() - 5000).toISOString() },
    { id: 'e2', sessionId, videoId, type: 'play', startupMs: 400, clientTs: new Date(Date.now() - 4000).toISOString() },
  ];
  const post = (body: object[]) => fetch(platform.url('/events'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events: body }) });

  it('counts an anonymous player’s events under the session id of its stream start, and refuses an invented one', async () => {
    const stream = await startStream(await steps.newUser('events-player'));
    const genuine = await post(events(stream.playbackSessionId));
    expect(genuine.status).toBe(202);
    expect(await genuine.json()).toMatchObject({ accepted: 2, rejected: [] });
    // The playback id alone, or its id with a made-up signature, is no session media issued.
    for (const forged of [stream.playbackId, `${stream.playbackId}${'A'.repeat(22)}`]) {
      const refused = await post(events(forged));
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { code: string }).code).toBe('ANALYTICS.NO_VALID_EVENTS');
    }
  });
});

describe('geo from trusted sources only', () => {
  /** A stream request from a chosen loopback address (the GeoIP database places it), with any headers. */
  function streamFrom(localAddress: string, user: SignedUpUser, headers: Record<string, string> = {}): Promise<{ status: number; code?: string }> {
    const url = new URL(platform.url(`/videos/${videoId}/stream`));
    return new Promise((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port: url.port, path: url.pathname, localAddress, headers: { ...bearer(user), ...headers } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, code: (JSON.parse(text) as { code?: string }).code }));
      });
      request.on('error', reject);
      request.end();
    });
  }

  async function setGeo(geo: { allow: string[]; deny: string[] }): Promise<void> {
    const response = await fetch(platform.url(`/videos/${videoId}`), { method: 'PATCH', headers: { ...creator.auth, 'content-type': 'application/json' }, body: JSON.stringify({ geo }) });
    expect(response.status).toBe(200);
  }

  afterAll(() => setGeo({ allow: [], deny: [] }));

  it('decides by the GeoIP database, not by a country header the client sends', async () => {
    const viewer = await steps.newUser('geo-spoof');
    await setGeo({ allow: [], deny: ['KP'] });
    expect(await streamFrom('127.0.0.3', viewer, { 'cf-ipcountry': 'FR' })).toEqual({ status: 403, code: 'MEDIA.GEO_BLOCKED' });
    expect((await streamFrom('127.0.0.1', viewer, { 'cf-ipcountry': 'KP' })).status).toBe(200);
    await setGeo({ allow: ['FR'], deny: [] });
    expect((await streamFrom('127.0.0.1', viewer)).status).toBe(200);
    expect(await streamFrom('127.0.0.3', viewer, { 'cf-ipcountry': 'FR' })).toEqual({ status: 403, code: 'MEDIA.GEO_BLOCKED' });
  });

  it('refuses an unknown country when the video has a deny list (fail closed)', async () => {
    const viewer = await steps.newUser('geo-unknown');
    await setGeo({ allow: [], deny: ['KP'] });
    expect(await streamFrom('127.0.0.2', viewer, { 'cf-ipcountry': 'FR' })).toEqual({ status: 403, code: 'MEDIA.GEO_BLOCKED' });
    await setGeo({ allow: [], deny: [] });
    expect((await streamFrom('127.0.0.2', viewer)).status).toBe(200);
  });
});

describe('kid profiles at the stream', () => {
  let parent: SignedUpUser;
  let kidToken = '';
  let kidProfileId = '';

  const streamAsKid = async () => {
    const response = await fetch(platform.url(`/videos/${videoId}/stream`), { headers: { authorization: `Bearer ${kidToken}` } });
    return { status: response.status, code: ((await response.json()) as { code?: string }).code };
  };
  const rate = async (maturityLevel: string) => {
    const response = await fetch(platform.url(`/videos/${videoId}`), { method: 'PATCH', headers: { ...creator.auth, 'content-type': 'application/json' }, body: JSON.stringify({ maturityLevel }) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { maturityLevel: string }).maturityLevel).toBe(maturityLevel);
  };

  beforeAll(async () => {
    parent = await steps.newUser('parent');
    const kid = await api.post<{ id: string }>('/me/profiles', { name: 'Kid', kid: true, maturityLevel: '7+' }, parent.tokens.accessToken);
    expect(kid.status).toBe(201);
    kidProfileId = kid.body.id;
    const selected = await api.post<{ accessToken: string }>(`/me/profiles/${kidProfileId}/select`, {}, parent.tokens.accessToken);
    expect(selected.status).toBe(200);
    kidToken = selected.body.accessToken;
    // The public video is a catalog title (same id) once catalog has seen it ready.
    await waitFor('the creator video in the catalog', async () => ((await api.get(`/titles/${videoId}`)).status === 200 ? true : undefined), 60_000, 250);
  });
  afterAll(() => rate('all'));

  it('plays a video rated for everyone on a 7+ kid profile', async () => {
    expect((await streamAsKid()).status).toBe(200);
  });

  it('refuses a video its creator rated 18+ with 403', async () => {
    await rate('18+');
    expect(await streamAsKid()).toEqual({ status: 403, code: 'MEDIA.MATURITY_RESTRICTED' });
    await rate('all');
  });

  it('stops a kid’s running playback at the next renewal once a parent denies the title', async () => {
    const started = await fetch(platform.url(`/videos/${videoId}/stream`), { headers: { authorization: `Bearer ${kidToken}` } });
    expect(started.status).toBe(200);
    const stream = (await started.json()) as Stream;
    const kidFetch = async (file: string) => {
      const response = await fetch(fileUrl(stream, file), { headers: { authorization: `Bearer ${kidToken}` }, redirect: 'manual' });
      return { status: response.status, code: response.status >= 400 ? ((await response.json()) as { code?: string }).code : undefined };
    };
    expect((await kidFetch('360p/seg_00000.m4s')).status).toBe(302);
    const rule = await api.put(`/me/profiles/${kidProfileId}/title-rules/${videoId}`, { rule: 'deny' }, parent.tokens.accessToken);
    expect(rule.status).toBe(200);
    // The grant is renewed (and the rules asked again) by the first fetch after it lapses.
    const refusal = await waitFor('the renewal to refuse the denied title', async () => {
      const answer = await kidFetch('360p/seg_00001.m4s');
      return answer.status === 302 ? undefined : answer;
    }, (GRANT_SECONDS + 30) * 1000, 500);
    expect(refusal).toEqual({ status: 403, code: 'MEDIA.PARENTAL_DENIED' });
    // The refused renewal ended the playback.
    expect(await kidFetch('master.m3u8')).toEqual({ status: 401, code: 'MEDIA.PLAYBACK_TOKEN_EXPIRED' });
  });

  it('refuses a video whose title a parent denied with 403', async () => {
    const rule = await api.put(`/me/profiles/${kidProfileId}/title-rules/${videoId}`, { rule: 'deny' }, parent.tokens.accessToken);
    expect(rule.status).toBe(200);
    expect(await streamAsKid()).toEqual({ status: 403, code: 'MEDIA.PARENTAL_DENIED' });
    expect((await startStream(parent)).manifestUrl).toContain(videoId);
  });
});

describe('hostile JSON', () => {
  const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

  it.each([
    ['POST', '/auth/login'],
    ['PATCH', '/videos/665f1c2e9b1e8a0012345678'],
  ])('refuses 2,000 levels of nesting on %s %s with a 400 problem before validation', async (method, path) => {
    const response = await fetch(platform.url(path), { method, headers: { ...creator.auth, 'content-type': 'application/json' }, body: deep(2000) });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await response.json()) as { code: string; detail: string }).detail).toMatch(/nested deeper than 32 levels/);
  });

  it('still validates an ordinary body', async () => {
    const response = await fetch(platform.url('/auth/login'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'not-an-email', password: 'x' }) });
    expect(response.status).toBe(400);
  });
});
