/**
 * Media figures (issue 5), on one platform and one machine, in one run:
 * - transcoding a fixed 60-second 1080p clip (testsrc2 + sine) through our pipeline (tus upload →
 *   BullMQ worker: probe, full ABR ladder to HLS fMP4, poster, thumbnails, storyboard, S3 upload)
 *   next to ONE hand-written ffmpeg command making the same ladder (same preset, renditions,
 *   bitrates, GOP, HLS fMP4): wall time and CPU time (user + sys of the ffmpeg children), and the
 *   ratio ours / hand-written;
 * - time from the stream request to the first segment's first byte and to its last (GET /videos/:id/stream
 *   → master playlist → first media playlist → first segment), sequential and concurrent, p50/p99.
 * The bare gateway → media round trip (`/health/ping/media`) is measured beside it as a baseline.
 * `MEDIA_BENCH_ONLY=playback` measures the stream start alone, on a short 480p clip (no transcoding
 * comparison), with each step's time: for working on the stream start.
 * `MEDIA_BENCH_CPU_PROFILE=<dir>` profiles the gateway and media (V8 CPU profiles written there when they stop).
 * Asserts only that every step succeeded.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeClip } from '../test/support/media-clips.js';
import { fetchText, parseMaster, parseMedia } from '../test/support/media-hls.js';
import { MediaBucket } from '../test/support/media-s3.js';
import { MediaTokens } from '../test/support/media-tokens.js';
import { uploadFile } from '../test/support/media-tus.js';
import { Platform } from '../test/support/platform.js';
import { waitFor } from '../test/support/processes.js';
import { cpuProfilerEnv, cpuSecondsOf, QUIET_PLATFORM_ENV } from './support/load.js';

const PRESET = process.env.TRANSCODE_PRESET ?? 'veryfast';
const PLAYBACK_ONLY = process.env.MEDIA_BENCH_ONLY === 'playback';
const SEGMENT_SECONDS = 4;
const FPS = 25;
const CLIP_SECONDS = PLAYBACK_ONLY ? 12 : 60;
/** The default ladder (README): height, width, video kbit/s, audio kbit/s; its two lowest rungs when only playback is measured. */
const FULL_LADDER = [
  [1080, 1920, 5000, 192],
  [720, 1280, 2800, 128],
  [480, 854, 1400, 128],
  [360, 640, 800, 96],
  [240, 426, 400, 64],
] as const;
const LADDER = PLAYBACK_ONLY ? FULL_LADDER.slice(3) : FULL_LADDER;
const [CLIP_HEIGHT, CLIP_WIDTH] = LADDER[0];
const SEQUENTIAL_REQUESTS = 300;
const CONCURRENT_REQUESTS = 300;
const CONCURRENCY = 8;

/** The hand-written baseline: one ffmpeg command, the same ladder a person would type. */
function handWrittenLadderArgs(input: string, out: string): string[] {
  const split = `[0:v]split=${LADDER.length}${LADDER.map((_, i) => `[s${i}]`).join('')}`;
  const scales = LADDER.map(([h, w], i) => `[s${i}]scale=${w}:${h}[v${i}]`);
  const gop = String(FPS * SEGMENT_SECONDS);
  return [
    '-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-i', input,
    '-filter_complex', [split, ...scales].join(';'),
    ...LADDER.flatMap((_, i) => ['-map', `[v${i}]`, '-map', '0:a:0']),
    '-c:v', 'libx264', '-preset', PRESET, '-g', gop, '-keyint_min', gop, '-sc_threshold', '0',
    ...LADDER.flatMap(([, , kbps], i) => [`-b:v:${i}`, `${kbps}k`, `-maxrate:v:${i}`, `${Math.round(kbps * 1.07)}k`, `-bufsize:v:${i}`, `${kbps * 2}k`]),
    '-c:a', 'aac', '-ac', '2', '-ar', '48000',
    ...LADDER.flatMap(([, , , akbps], i) => [`-b:a:${i}`, `${akbps}k`]),
    '-f', 'hls', '-hls_time', String(SEGMENT_SECONDS), '-hls_playlist_type', 'vod', '-hls_segment_type', 'fmp4',
    '-hls_segment_filename', `${out}/%v/seg_%05d.m4s`, '-master_pl_name', 'master.m3u8',
    '-var_stream_map', LADDER.map(([h], i) => `v:${i},a:${i},name:${h}p`).join(' '),
    `${out}/%v/index.m3u8`,
  ];
}

function runFfmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}: ${stderr.slice(-500)}`))));
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function table(title: string, header: string[], rows: string[][]): void {
  const cells = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(`\n${title}\n`);
  cells.forEach((row, i) => {
    console.log(line(row));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

const work = mkdtempSync(join(tmpdir(), 'media-bench-'));
const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
let measured = false;
try {
  const clip = join(work, 'clip.mp4');
  makeClip(clip, { seconds: CLIP_SECONDS, width: CLIP_WIDTH, height: CLIP_HEIGHT, fps: FPS });
  const ladderSetting = LADDER.map(([h, , v, a]) => `${h}:${v}:${a}`).join(',');

  const profileDir = process.env.MEDIA_BENCH_CPU_PROFILE;
  const profiled = profileDir ? cpuProfilerEnv(profileDir) : {};
  await platform.start({
    env: { ...QUIET_PLATFORM_ENV, S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: PRESET, TRANSCODE_SEGMENT_SECONDS: String(SEGMENT_SECONDS), TRANSCODE_LADDER: ladderSetting },
    ...(profileDir ? { appEnv: { gateway: profiled, media: profiled } } : {}),
  });
  // 1. The hand-written command, timed from this process (its only reaped child while it runs), with the
  // platform started and idle, as it is when ours runs.
  const handOut = join(work, 'hand');
  const handCpuBefore = cpuSecondsOf('self', 'reaped children');
  const handStart = performance.now();
  if (!PLAYBACK_ONLY) await runFfmpeg(handWrittenLadderArgs(clip, handOut));
  const hand = { wall: (performance.now() - handStart) / 1000, cpu: cpuSecondsOf('self', 'reaped children') - handCpuBefore };

  // 2. Our pipeline: upload through the gateway, then the media worker does the whole job.
  const tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
  const creator = tokens.user('creator');
  const viewer = tokens.user('viewer');
  const created = await fetch(platform.url('/videos'), {
    method: 'POST',
    headers: { ...creator.auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench clip', category: 'bench', language: 'en', visibility: 'public', monetization: { model: 'free' } }),
  });
  const videoId = ((await created.json()) as { id: string }).id;
  const mediaPid = platform.app('media').pid;
  if (!mediaPid) throw new Error('media is not running');
  const oursCpuBefore = cpuSecondsOf(mediaPid, 'reaped children');
  const uploaded = await uploadFile(platform.url('/uploads'), creator.auth, clip, videoId, 'clip.mp4', 16 * 1024 * 1024);
  if (uploaded.status !== 204) throw new Error(`upload answered ${uploaded.status}: ${uploaded.body}`);
  const oursStart = performance.now();
  const ready = await waitFor('the bench clip to be ready', async () => {
    const video = (await (await fetch(platform.url(`/videos/${videoId}`), { headers: creator.auth })).json()) as { status: string; renditions: Array<{ name: string }> };
    return video.status === 'ready' || video.status === 'failed' ? video : undefined;
  }, 1_800_000, 250);
  const ours = { wall: (performance.now() - oursStart) / 1000, cpu: cpuSecondsOf(mediaPid, 'reaped children') - oursCpuBefore };
  if (ready.status !== 'ready' || ready.renditions.length !== LADDER.length) throw new Error(`the pipeline ended ${ready.status} with ${ready.renditions.length} renditions`);

  // 3. Stream request → first segment byte, as a player starts (the issue's figure), and → the whole
  // first segment (2.5 MB at 1080p, which on loopback measures the copy more than the platform).
  // Each step's time too: the stream start, the master and media playlists, the segment redirect
  // (gateway → media) and the object store's first byte.
  type Start = { stream: number; master: number; playlist: number; redirect: number; storage: number; firstByte: number; whole: number };
  const startPlayback = async (): Promise<Start> => {
    const t0 = performance.now();
    const stream = await fetch(platform.url(`/videos/${videoId}/stream`), { headers: viewer.auth });
    if (stream.status !== 200) throw new Error(`stream answered ${stream.status}`);
    const masterUrl = `${platform.baseUrl}${((await stream.json()) as { manifestUrl: string }).manifestUrl}`;
    const t1 = performance.now();
    const master = await fetchText(masterUrl, viewer.auth);
    const t2 = performance.now();
    const playlistUrl = new URL(parseMaster(master.text).variants[0].uri, masterUrl).toString();
    const playlist = parseMedia((await fetchText(playlistUrl, viewer.auth)).text);
    const t3 = performance.now();
    const redirect = await fetch(new URL(playlist.segments[0].uri, playlistUrl), { headers: viewer.auth, redirect: 'manual' });
    const location = redirect.headers.get('location');
    await redirect.arrayBuffer();
    if (redirect.status !== 302 || !location) throw new Error(`first segment answered ${redirect.status}`);
    const t4 = performance.now();
    const segment = await fetch(location);
    if (segment.status !== 200 || !segment.body) throw new Error(`first segment's object answered ${segment.status}`);
    const reader = segment.body.getReader();
    let chunk = await reader.read();
    const t5 = performance.now();
    const firstByte = t5 - t0;
    let bytes = 0;
    while (!chunk.done) {
      bytes += chunk.value.byteLength;
      chunk = await reader.read();
    }
    if (bytes === 0) throw new Error('first segment was empty');
    return { stream: t1 - t0, master: t2 - t1, playlist: t3 - t2, redirect: t4 - t3, storage: t5 - t4, firstByte, whole: performance.now() - t0 };
  };
  for (let i = 0; i < 20; i += 1) await startPlayback(); // warm-up
  // CPU per stream start (four gateway requests, three media calls), each process's, and this client's (it shares the cores).
  const cpuOf = { gateway: platform.app('gateway').pid, media: mediaPid, client: 'self' as const };
  const cpuNow = () => Object.fromEntries(Object.entries(cpuOf).map(([name, pid]) => [name, pid ? cpuSecondsOf(pid) : 0]));
  const cpuPer = (before: Record<string, number>, count: number) => {
    const after = cpuNow();
    return Object.entries(after).map(([name, seconds]) => `${name} ${((1000 * (seconds - before[name])) / count).toFixed(2)}`).join(', ');
  };
  const sequential: Start[] = [];
  const sequentialCpu = cpuNow();
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i += 1) sequential.push(await startPlayback());
  const sequentialCpuPerStart = cpuPer(sequentialCpu, SEQUENTIAL_REQUESTS);
  const concurrent: Start[] = [];
  let issued = 0;
  const concurrentCpu = cpuNow();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (issued < CONCURRENT_REQUESTS) {
      issued += 1;
      concurrent.push(await startPlayback());
    }
  }));
  const concurrentCpuPerStart = cpuPer(concurrentCpu, CONCURRENT_REQUESTS);
  // Baseline: the bare request/reply round trip to media through the gateway, same machine, same moment.
  const roundTrips: number[] = [];
  const pingCpu = cpuNow();
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i += 1) {
    const t0 = performance.now();
    const ping = await fetch(platform.url('/health/ping/media'));
    if (ping.status !== 200) throw new Error(`ping answered ${ping.status}`);
    await ping.arrayBuffer();
    roundTrips.push(performance.now() - t0);
  }
  const pingCpuPerRequest = cpuPer(pingCpu, SEQUENTIAL_REQUESTS);
  measured = true;

  const setting = `${availableParallelism()} CPUs, Node ${process.version}, x264 ${PRESET}, ${CLIP_SECONDS} s ${CLIP_HEIGHT}p${FPS} clip → ${LADDER.map(([h]) => `${h}p`).join('/')} HLS fMP4, ${SEGMENT_SECONDS} s segments`;
  if (!PLAYBACK_ONLY) table(`Transcoding, ${setting}`, ['', 'wall s', 'CPU s (ffmpeg user+sys)'], [
    ['our pipeline (upload done → ready: probe, ladder, images, storyboard, S3)', ours.wall.toFixed(1), ours.cpu.toFixed(1)],
    ['one hand-written ffmpeg command (same ladder)', hand.wall.toFixed(1), hand.cpu.toFixed(1)],
    ['ratio, ours / hand-written (target ≤ 1.10)', (ours.wall / hand.wall).toFixed(3), (ours.cpu / hand.cpu).toFixed(3)],
  ]);
  const startRow = (label: string, starts: Start[], part: keyof Start): string[] => {
    const values = starts.map((start) => start[part]);
    return [label, String(values.length), percentile(values, 50).toFixed(1), percentile(values, 99).toFixed(1), Math.max(...values).toFixed(1)];
  };
  table('Stream request → master → media playlist → first segment, loopback (target: first byte p99 ≤ 100 ms at 8 concurrent)', ['', 'requests', 'p50 ms', 'p99 ms', 'max ms'], [
    startRow('first byte, sequential', sequential, 'firstByte'),
    startRow(`first byte, ${CONCURRENCY} concurrent`, concurrent, 'firstByte'),
    startRow('whole first segment, sequential', sequential, 'whole'),
    startRow(`whole first segment, ${CONCURRENCY} concurrent`, concurrent, 'whole'),
    startRow('  step: stream start, sequential', sequential, 'stream'),
    startRow('  step: master playlist, sequential', sequential, 'master'),
    startRow('  step: media playlist, sequential', sequential, 'playlist'),
    startRow('  step: segment redirect, sequential', sequential, 'redirect'),
    startRow('  step: object store first byte, sequential', sequential, 'storage'),
    startRow(`  step: stream start, ${CONCURRENCY} concurrent`, concurrent, 'stream'),
    startRow(`  step: master playlist, ${CONCURRENCY} concurrent`, concurrent, 'master'),
    startRow(`  step: media playlist, ${CONCURRENCY} concurrent`, concurrent, 'playlist'),
    startRow(`  step: segment redirect, ${CONCURRENCY} concurrent`, concurrent, 'redirect'),
    startRow(`  step: object store first byte, ${CONCURRENCY} concurrent`, concurrent, 'storage'),
    ['baseline: GET /health/ping/media, sequential', String(roundTrips.length), percentile(roundTrips, 50).toFixed(1), percentile(roundTrips, 99).toFixed(1), Math.max(...roundTrips).toFixed(1)],
  ]);
  console.log(`\nCPU ms per stream start (user + system): sequential ${sequentialCpuPerStart}; ${CONCURRENCY} concurrent ${concurrentCpuPerStart}; per sequential ping ${pingCpuPerRequest}`);
} finally {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
  if (measured) rmSync(platform.logDir, { recursive: true, force: true });
}
