import { LadderPlanner, type SourceInfo } from './ladder.planner.js';

const ladder = [
  { height: 1080, videoKbps: 5000, audioKbps: 192 },
  { height: 720, videoKbps: 2800, audioKbps: 128 },
  { height: 480, videoKbps: 1400, audioKbps: 128 },
  { height: 360, videoKbps: 800, audioKbps: 96 },
  { height: 240, videoKbps: 400, audioKbps: 64 },
];
const planner = new LadderPlanner({ ladder, preset: 'veryfast', segmentSeconds: 4, threads: 2, maxAllocBytes: 536870912 });
const source = (overrides: Partial<SourceInfo> = {}): SourceInfo => ({
  container: 'mov', width: 1920, height: 1080, frameRate: '25', fps: 25, durationSeconds: 30, hasAudio: true, ...overrides,
});
const sizes = (width: number, height: number) => planner.renditions({ width, height }).map((r) => `${r.name} ${r.width}x${r.height}`);
const INPUT = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-max_alloc', '536870912', '-threads', '2', '-protocol_whitelist', 'file', '-f', 'mov'];

describe('LadderPlanner', () => {
  it('takes every rung a 1080p source fills, highest first', () => {
    expect(sizes(1920, 1080)).toEqual(['1080p 1920x1080', '720p 1280x720', '480p 854x480', '360p 640x360', '240p 426x240']);
  });

  it('never upscales a 720p source', () => {
    expect(sizes(1280, 720)).toEqual(['720p 1280x720', '480p 854x480', '360p 640x360', '240p 426x240']);
  });

  it('gives a portrait source upright rungs up to its full resolution', () => {
    expect(sizes(1080, 1920)).toEqual(['1080p 1080x1920', '720p 720x1280', '480p 480x854', '360p 360x640', '240p 240x426']);
  });

  it('keeps the full width of a scope film', () => {
    expect(sizes(1920, 804)).toEqual(['1080p 1920x804', '720p 1280x536', '480p 854x358', '360p 640x268', '240p 426x178']);
  });

  it('gives a source between rungs a top rendition at its own size instead of capping it at the rung below', () => {
    expect(sizes(1278, 718)).toEqual(['720p 1278x718', '480p 854x480', '360p 640x360', '240p 426x240']);
  });

  it('never makes a rendition larger than an odd-sized source in either dimension', () => {
    expect(sizes(1279, 719)).toEqual(['720p 1278x718', '480p 854x480', '360p 640x360', '240p 426x240']);
    expect(sizes(641, 361)).toEqual(['360p 640x360', '240p 426x240']);
  });

  it('adds no near-duplicate top rendition for a source just above a rung', () => {
    expect(sizes(1280, 722)).toEqual(['720p 1276x720', '480p 850x480', '360p 638x360', '240p 426x240']);
  });

  it('gives a source below the lowest rung one rendition at its own size and the lowest bitrates', () => {
    expect(planner.renditions({ width: 320, height: 180 })).toEqual([{ name: '240p', width: 320, height: 180, videoKbps: 400, audioKbps: 64 }]);
  });

  it('keeps the aspect ratio within a pixel on every rung', () => {
    for (const [width, height] of [[1920, 804], [1080, 1920], [1279, 719], [997, 1511], [3840, 1607]]) {
      for (const r of planner.renditions({ width, height })) {
        expect(r.width).toBeLessThanOrEqual(width);
        expect(r.height).toBeLessThanOrEqual(height);
        expect(Math.abs(r.height - (r.width * height) / width) <= 1 || Math.abs(r.width - (r.height * width) / height) <= 1).toBe(true);
      }
    }
  });

  it('builds one ffmpeg run on the local file with the container forced, the exact frame rate and aligned fMP4 HLS segments', () => {
    const plan = planner.plan(source({ width: 1280, height: 720, frameRate: '30000/1001', fps: 30000 / 1001 }), '/w/source', '/w/out');
    expect(plan.gop).toBe(120);
    expect(plan.args).toEqual([
      ...INPUT, '-t', '34.000', '-i', 'file:/w/source',
      '-filter_complex_threads', '2',
      '-filter_complex', '[0:v]split=4[v0][v1][v2][v3];[v0]scale=1280:720:flags=bicubic,setsar=1[o0];[v1]scale=854:480:flags=bicubic,setsar=1[o1];[v2]scale=640:360:flags=bicubic,setsar=1[o2];[v3]scale=426:240:flags=bicubic,setsar=1[o3]',
      '-map', '[o0]', '-map', '0:a:0', '-map', '[o1]', '-map', '0:a:0', '-map', '[o2]', '-map', '0:a:0', '-map', '[o3]', '-map', '0:a:0',
      '-c:v', 'libx264', '-threads', '2', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-r', '30000/1001',
      '-b:v:0', '2800k', '-maxrate:v:0', '2996k', '-bufsize:v:0', '5600k',
      '-b:v:1', '1400k', '-maxrate:v:1', '1498k', '-bufsize:v:1', '2800k',
      '-b:v:2', '800k', '-maxrate:v:2', '856k', '-bufsize:v:2', '1600k',
      '-b:v:3', '400k', '-maxrate:v:3', '428k', '-bufsize:v:3', '800k',
      '-g', '120', '-keyint_min', '120', '-sc_threshold', '0', '-force_key_frames', 'expr:gte(t,n_forced*4)',
      '-c:a', 'aac', '-ac', '2', '-ar', '48000', '-b:a:0', '128k', '-b:a:1', '128k', '-b:a:2', '96k', '-b:a:3', '64k',
      '-f', 'hls', '-hls_time', '4', '-hls_playlist_type', 'vod', '-hls_segment_type', 'fmp4', '-hls_flags', 'independent_segments',
      '-hls_fmp4_init_filename', 'init.mp4', '-hls_segment_filename', '/w/out/%v/seg_%05d.m4s', '-master_pl_name', 'ffmpeg-master.m3u8',
      '-var_stream_map', 'v:0,a:0,name:720p v:1,a:1,name:480p v:2,a:2,name:360p v:3,a:3,name:240p',
      '-progress', 'pipe:1', '-nostats', '/w/out/%v/index.m3u8',
    ]);
  });

  it('maps no audio for a silent source', () => {
    const plan = planner.plan(source({ width: 426, height: 240, hasAudio: false, frameRate: '24', fps: 24 }), 'in', 'out');
    expect(plan.args).not.toContain('0:a:0');
    expect(plan.args).not.toContain('-c:a');
    expect(plan.args[plan.args.indexOf('-var_stream_map') + 1]).toBe('v:0,name:240p');
    expect(plan.gop).toBe(96);
  });

  it('builds the poster and thumbnail arguments on the same guarded input', () => {
    expect(planner.posterArgs(source(), 'in', 3, 'out/poster.jpg')).toEqual([...INPUT, '-ss', '3.000', '-t', '34.000', '-i', 'file:in', '-frames:v', '1', '-vf', "scale='min(1280,iw)':-2", '-q:v', '3', 'out/poster.jpg']);
    expect(planner.thumbnailArgs(source(), 'in', 5, 'dir')).toEqual([...INPUT, '-t', '34.000', '-i', 'file:in', '-vf', 'fps=1/6.000,scale=320:-2', '-frames:v', '5', '-q:v', '4', 'dir/thumb_%03d.jpg']);
  });
});
