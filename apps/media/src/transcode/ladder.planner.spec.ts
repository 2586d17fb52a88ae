import { LadderPlanner, type SourceInfo } from './ladder.planner.js';

const ladder = [
  { height: 1080, videoKbps: 5000, audioKbps: 192 },
  { height: 720, videoKbps: 2800, audioKbps: 128 },
  { height: 480, videoKbps: 1400, audioKbps: 128 },
  { height: 360, videoKbps: 800, audioKbps: 96 },
  { height: 240, videoKbps: 400, audioKbps: 64 },
];
const planner = new LadderPlanner({ ladder, preset: 'veryfast', segmentSeconds: 4 });
const source = (overrides: Partial<SourceInfo> = {}): SourceInfo => ({ width: 1920, height: 1080, fps: 25, durationSeconds: 30, hasAudio: true, ...overrides });

describe('LadderPlanner', () => {
  it('takes every rung at or below the source height, highest first', () => {
    expect(planner.renditions(source()).map((r) => `${r.width}x${r.height}`)).toEqual(['1920x1080', '1280x720', '854x480', '640x360', '426x240']);
  });

  it('never upscales a 720p source', () => {
    expect(planner.renditions(source({ width: 1280, height: 720 })).map((r) => r.name)).toEqual(['720p', '480p', '360p', '240p']);
  });

  it('keeps the aspect ratio of a portrait source with even widths', () => {
    expect(planner.renditions(source({ width: 1080, height: 1920 })).map((r) => `${r.width}x${r.height}`)).toEqual(['608x1080', '406x720', '270x480', '202x360', '136x240']);
  });

  it('gives a source below the lowest rung one rendition at its own size', () => {
    expect(planner.renditions(source({ width: 320, height: 180 }))).toEqual([{ name: '180p', width: 320, height: 180, videoKbps: 400, audioKbps: 64 }]);
  });

  it('builds one ffmpeg run with a fixed GOP, scene-cut off and aligned fMP4 HLS segments', () => {
    const plan = planner.plan(source({ width: 1280, height: 720, fps: 30 }), '/w/source', '/w/out');
    expect(plan.gop).toBe(120);
    expect(plan.args).toEqual([
      '-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-i', '/w/source',
      '-filter_complex', '[0:v]split=4[v0][v1][v2][v3];[v0]scale=1280:720:flags=bicubic,setsar=1[o0];[v1]scale=854:480:flags=bicubic,setsar=1[o1];[v2]scale=640:360:flags=bicubic,setsar=1[o2];[v3]scale=426:240:flags=bicubic,setsar=1[o3]',
      '-map', '[o0]', '-map', '0:a:0', '-map', '[o1]', '-map', '0:a:0', '-map', '[o2]', '-map', '0:a:0', '-map', '[o3]', '-map', '0:a:0',
      '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-r', '30',
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
    const plan = planner.plan(source({ width: 426, height: 240, hasAudio: false, fps: 24 }), 'in', 'out');
    expect(plan.args).not.toContain('0:a:0');
    expect(plan.args).not.toContain('-c:a');
    expect(plan.args[plan.args.indexOf('-var_stream_map') + 1]).toBe('v:0,name:240p');
    expect(plan.gop).toBe(96);
  });

  it('rounds a fractional frame rate into the GOP so keyframes stay on segment starts', () => {
    expect(planner.plan(source({ fps: 30000 / 1001 }), 'in', 'out').gop).toBe(120);
  });

  it('builds the poster and thumbnail arguments', () => {
    expect(planner.posterArgs('in', 3, 'out/poster.jpg')).toEqual(['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-ss', '3.000', '-i', 'in', '-frames:v', '1', '-vf', "scale='min(1280,iw)':-2", '-q:v', '3', 'out/poster.jpg']);
    expect(planner.thumbnailArgs('in', source(), 5, 'dir')).toEqual(['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-i', 'in', '-vf', 'fps=1/6.000,scale=320:-2', '-frames:v', '5', '-q:v', '4', 'dir/thumb_%03d.jpg']);
  });
});
