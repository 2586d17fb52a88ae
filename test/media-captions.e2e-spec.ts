import { JwtService } from '@nestjs/jwt';
import { JWT_AUDIENCE, JWT_ISSUER } from '@onstream/common';
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webvtt from 'webvtt-parser';
import { makeClip } from './support/media-clips.js';
import { fetchBytes, fetchText, parseMaster, parseMedia } from './support/media-hls.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

/**
 * Captions through the gateway: SRT and WebVTT tracks in two languages reach the master playlist as a
 * SUBTITLES group, their WebVTT segments follow the video's segments and their cues land at the
 * right media times; bad files and callers get clear 4xx answers.
 */
const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-captions-'));
let tokens: MediaTokens;
let creator: MintedUser;
let otherCreator: MintedUser;
let viewer: MintedUser;
let videoId = '';

const ENGLISH = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello & welcome\n\n00:00:03.500 --> 00:00:05.000\n<i>Across a segment boundary</i>\n\n00:00:08.000 --> 00:00:09.500\nGoodbye\n';
const ENGLISH_CUES = [[1, 2.5], [3.5, 5], [8, 9.5]];
const FRENCH = '1\n00:00:00,500 --> 00:00:01,500\nBonjour\n\n2\n00:00:05,000 --> 00:00:07,000\nAu revoir\n';
const FRENCH_CUES = [[0.5, 1.5], [5, 7]];

async function api<T = Record<string, unknown>>(path: string, user: MintedUser | undefined, method = 'GET', body?: unknown, contentType = 'application/json') {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(platform.url(path), { method, headers: { ...(user?.auth ?? {}), ...(payload !== undefined ? { 'content-type': contentType } : {}) }, body: payload });
  const text = await response.text();
  return { status: response.status, body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T, type: response.headers.get('content-type') };
}

/** A kid profile's access token of the creator's account (kid tokens never manage content). */
function kidOf(user: MintedUser): MintedUser {
  const jwt = new JwtService({ secret: platform.env.JWT_SECRET ?? '', signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE } });
  const token = jwt.sign({ sub: user.userId, sid: randomBytes(8).toString('hex'), role: 'creator', typ: 'access', pid: randomBytes(12).toString('hex'), kid: true }, { expiresIn: 900 });
  return { userId: user.userId, token, auth: { authorization: `Bearer ${token}` } };
}

/** The first decode time of the media in 90 kHz, measured here with ffprobe on the init section and first segment. */
function firstDecodeTime90k(head: Buffer): number {
  const file = join(work, `head-${randomBytes(4).toString('hex')}.mp4`);
  writeFileSync(file, head);
  const out = execFileSync('ffprobe', ['-v', 'error', '-ignore_editlist', '1', '-read_intervals', '%+#16', '-show_entries', 'packet=dts_time', '-of', 'json', file], { encoding: 'utf8' });
  const times = (JSON.parse(out) as { packets: Array<{ dts_time: string }> }).packets.map((p) => Number(p.dts_time));
  return Math.round(Math.min(...times) * 90_000);
}

/**
 * A body the gateway refuses from its length: it answers 413 while the client still sends, and keeps reading
 * (and discarding) the rest so the answer can be read; a write after the answer may still meet a closed pipe.
 */
function putTooLarge(path: string, user: MintedUser, body: string): Promise<{ status: number; type: string | null; body: unknown }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(platform.url(path), { method: 'PUT', headers: { ...user.auth, 'content-type': 'text/vtt', 'content-length': Buffer.byteLength(body) } }, (res) => {
      answered = true;
      let text = '';
      res.on('error', reject);
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? null, body: JSON.parse(text) as unknown }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!answered || (error.code !== 'EPIPE' && error.code !== 'ECONNRESET')) reject(error);
    });
    req.end(body);
  });
}

function problemCode(body: unknown): string | undefined {
  return (body as { code?: string }).code;
}

beforeAll(async () => {
  await platform.start({ env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_LADDER: '360:400:64,240:250:48' } });
  tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
  creator = tokens.user('creator');
  otherCreator = tokens.user('creator');
  viewer = tokens.user('viewer');
  const source = join(work, 'clip.mp4');
  makeClip(source, { seconds: 10, width: 640, height: 360 });
  const created = await api<{ id: string }>('/videos', creator, 'POST', { title: 'Captioned', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' }, maturityLevel: 'all' });
  expect(created.status).toBe(201);
  videoId = created.body.id;
  expect((await uploadFile(platform.url('/uploads'), creator.auth, source, videoId, 'clip.mp4')).status).toBe(204);
  const video = await waitFor(`video ${videoId} processed`, async () => {
    const { body } = await api<{ status: string }>(`/videos/${videoId}`, creator);
    return body.status === 'ready' || body.status === 'failed' ? body : undefined;
  }, 300_000, 500);
  expect(video.status).toBe('ready');
}, 400_000);

afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
});

describe('captions', () => {
  it('takes WebVTT and SRT tracks in two languages and lists them to the creator and to viewers', async () => {
    const en = await api(`/videos/${videoId}/captions/en?kind=captions&label=English&default=true`, creator, 'PUT', ENGLISH, 'text/vtt');
    expect(en).toMatchObject({ status: 200, body: { language: 'en', kind: 'captions', label: 'English', default: true, forced: false, cues: 3, lastCueEndSeconds: 9.5 } });
    const fr = await api(`/videos/${videoId}/captions/fr`, creator, 'PUT', { format: 'srt', text: FRENCH, kind: 'subtitles' });
    expect(fr).toMatchObject({ status: 200, body: { language: 'fr', kind: 'subtitles', label: 'français', cues: 2 } });
    const stored = await api<string>(`/videos/${videoId}/captions/fr`, creator);
    expect(stored.type).toContain('text/vtt');
    expect(stored.body).toBe('WEBVTT\n\n00:00.500 --> 00:01.500\nBonjour\n\n00:05.000 --> 00:07.000\nAu revoir\n\n');
    for (const who of [creator, viewer]) {
      const list = await api<{ items: Array<{ language: string }> }>(`/videos/${videoId}/captions`, who);
      expect([list.status, list.body.items.map((t) => t.language)]).toEqual([200, ['en', 'fr']]);
    }
    // Catalog follows media's video events: the public video's title names its caption languages.
    const languages = await waitFor('catalog shows the caption languages', async () => {
      const title = await api<{ stream?: { captionLanguages?: string[] } | null }>(`/titles/${videoId}`, viewer);
      const listed = title.status === 200 ? title.body.stream?.captionLanguages : undefined;
      return listed?.length === 2 ? listed : undefined;
    }, 30_000, 500);
    expect(languages).toEqual(['en', 'fr']);
  });

  it('lists the tracks in the master playlist and serves WebVTT segments whose cues fall at the right media times', async () => {
    const stream = await api<{ manifestUrl: string }>(`/videos/${videoId}/stream`, viewer);
    expect(stream.status).toBe(200);
    const masterUrl = `${platform.baseUrl}${stream.body.manifestUrl}`;
    const master = parseMaster((await fetchText(masterUrl, viewer.auth)).text);
    for (const variant of master.variants) expect(variant.subtitles.map((s) => [s.groupId, s.language])).toEqual([['subs', 'en'], ['subs', 'fr']]);
    const [enTrack, frTrack] = master.variants[0].subtitles;
    expect(enTrack).toMatchObject({ name: 'English', isDefault: true, autoselect: true, forced: false, characteristics: expect.stringContaining('public.accessibility.transcribes-spoken-dialog') });
    expect(frTrack).toMatchObject({ name: 'français', isDefault: false, characteristics: undefined });

    // The video's own timeline and media start, measured independently of the service.
    const videoPlaylistUrl = new URL(master.variants[0].uri, masterUrl).toString();
    const videoPlaylist = parseMedia((await fetchText(videoPlaylistUrl, viewer.auth)).text);
    const first = videoPlaylist.segments[0];
    const head = Buffer.concat([await fetchBytes(new URL(first.map?.uri ?? '', videoPlaylistUrl).toString(), viewer.auth), await fetchBytes(new URL(first.uri, videoPlaylistUrl).toString(), viewer.auth)]);
    const mediaStart = firstDecodeTime90k(head);

    for (const [track, expected] of [[enTrack, ENGLISH_CUES], [frTrack, FRENCH_CUES]] as const) {
      const playlistUrl = new URL(track.uri ?? '', masterUrl).toString();
      const playlist = parseMedia((await fetchText(playlistUrl, viewer.auth)).text);
      expect(playlist.segments.map((s) => s.duration)).toEqual(videoPlaylist.segments.map((s) => s.duration));
      const seen = new Map<string, [number, number]>();
      let segmentStart = 0;
      for (const segment of playlist.segments) {
        const { text, contentType } = await fetchText(new URL(segment.uri, playlistUrl).toString(), viewer.auth);
        expect(contentType).toContain('text/vtt');
        const map = /^X-TIMESTAMP-MAP=MPEGTS:(\d+),LOCAL:(\d\d:\d\d:\d\d\.\d\d\d)$/m.exec(text);
        expect(map?.[1]).toBe(String(mediaStart));
        expect(map?.[2]).toBe('00:00:00.000');
        const parsed = new webvtt.WebVTTParser().parse(text);
        // webvtt.js knows no header lines: the HLS X-TIMESTAMP-MAP line is its only complaint.
        expect(parsed.errors.map((e) => e.message)).toEqual(['No blank line after the signature.']);
        for (const cue of parsed.cues) {
          // Media time = cue time − LOCAL + MPEGTS/90000; from the media start that is the cue time itself.
          const start = cue.startTime - 0 + Number(map?.[1]) / 90_000 - mediaStart / 90_000;
          const end = cue.endTime + (Number(map?.[1]) - mediaStart) / 90_000;
          expect(start < segmentStart + segment.duration && end > segmentStart).toBe(true);
          seen.set(`${start}-${end}`, [start, end]);
        }
        segmentStart += segment.duration;
      }
      expect([...seen.values()].sort((a, b) => a[0] - b[0])).toEqual(expected);
    }
  });

  it('refuses malformed files, overlapping or late cues and too large files with clear problems', async () => {
    const put = (body: string, type = 'text/vtt', language = 'de') => api(`/videos/${videoId}/captions/${language}`, creator, 'PUT', body, type);
    const cases: Array<[string, { status: number; type: string | null; body: unknown }, number, string]> = [
      ['VTT without signature', await put('00:01.000 --> 00:02.000\nhi\n'), 422, 'MEDIA.CAPTION_MALFORMED'],
      ['VTT with a broken timestamp', await put('WEBVTT\n\n00:01.000 --> 00:0x.000\nhi\n'), 422, 'MEDIA.CAPTION_MALFORMED'],
      ['SRT with a broken timing line', await put('1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:0x,000 --> 00:00:03,000\nyo\n', 'application/x-subrip'), 422, 'MEDIA.CAPTION_MALFORMED'],
      ['overlapping cues', await put('WEBVTT\n\n00:01.000 --> 00:03.000\na\n\n00:02.000 --> 00:04.000\nb\n'), 422, 'MEDIA.CAPTION_TIMING'],
      ['a cue past the video', await put('WEBVTT\n\n00:09.000 --> 00:12.000\nlate\n'), 422, 'MEDIA.CAPTION_TIMING'],
      ['a 10 MB file', await putTooLarge(`/videos/${videoId}/captions/de`, creator, `WEBVTT\n\n00:01.000 --> 00:02.000\n${'a'.repeat(10 * 1024 * 1024)}\n`), 413, 'COMMON.PAYLOAD_TOO_LARGE'],
      ['a file over CAPTION_MAX_BYTES (512 KiB) but under the body limit', await put(`WEBVTT\n\n00:01.000 --> 00:02.000\n${'a'.repeat(600 * 1024)}\n`), 413, 'MEDIA.CAPTION_TOO_LARGE'],
      ['an invalid language tag', await put(ENGLISH, 'text/vtt', 'xx-123456789'), 400, 'MEDIA.CAPTION_LANGUAGE_INVALID'],
      ['an unsupported content type', await put(ENGLISH, 'text/plain'), 415, 'MEDIA.UNSUPPORTED_TYPE'],
    ];
    for (const [what, response, status, code] of cases) {
      expect([what, response.status, response.type?.split(';')[0], problemCode(response.body)]).toEqual([what, status, 'application/problem+json', code]);
    }
    const list = await api<{ items: Array<{ language: string }> }>(`/videos/${videoId}/captions`, creator);
    expect(list.body.items.map((t) => t.language)).toEqual(['en', 'fr']);
  });

  it('refuses a caption for a missing video, another creator’s video, a viewer and a kid profile', async () => {
    const missing = await api(`/videos/${'0'.repeat(24)}/captions/en`, creator, 'PUT', ENGLISH, 'text/vtt');
    expect([missing.status, problemCode(missing.body)]).toEqual([404, 'COMMON.NOT_FOUND']);
    const stranger = await api(`/videos/${videoId}/captions/en`, otherCreator, 'PUT', ENGLISH, 'text/vtt');
    expect([stranger.status, problemCode(stranger.body)]).toEqual([404, 'COMMON.NOT_FOUND']);
    const byViewer = await api(`/videos/${videoId}/captions/en`, viewer, 'PUT', ENGLISH, 'text/vtt');
    expect([byViewer.status, problemCode(byViewer.body)]).toEqual([403, 'COMMON.FORBIDDEN']);
    const byKid = await api(`/videos/${videoId}/captions/en`, kidOf(creator), 'PUT', ENGLISH, 'text/vtt');
    expect([byKid.status, problemCode(byKid.body)]).toEqual([403, 'AUTH.SCOPE_FORBIDDEN']);
    const deleteByStranger = await api(`/videos/${videoId}/captions/en`, otherCreator, 'DELETE');
    expect(deleteByStranger.status).toBe(404);
  });

  it('deletes a track: it leaves the list and the master playlist', async () => {
    const removed = await api<{ items: Array<{ language: string }> }>(`/videos/${videoId}/captions/fr`, creator, 'DELETE');
    expect([removed.status, removed.body.items.map((t) => t.language)]).toEqual([200, ['en']]);
    const stream = await api<{ manifestUrl: string }>(`/videos/${videoId}/stream`, viewer);
    const masterUrl = `${platform.baseUrl}${stream.body.manifestUrl}`;
    // Playback reads the video through a cache of a few seconds: the track leaves within that.
    const languages = await waitFor('fr left the master playlist', async () => {
      const master = parseMaster((await fetchText(masterUrl, viewer.auth)).text);
      const listed = master.variants[0].subtitles.map((s) => s.language);
      return listed.includes('fr') ? undefined : listed;
    }, 15_000, 250);
    expect(languages).toEqual(['en']);
    expect((await fetchText(new URL('captions/fr/index.m3u8', masterUrl).toString(), viewer.auth)).status).toBe(404);
  });
});
