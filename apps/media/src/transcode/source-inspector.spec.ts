import { MediaConfig } from '../media.config.js';
import type { ProbeResult, ProbeStream } from './ffmpeg.repository.js';
import { inspectSource } from './source-inspector.js';

const limits = new MediaConfig().sourceLimits;
const video: ProbeStream = { codec_type: 'video', width: 1920, height: 1080, avg_frame_rate: '30000/1001' };
const probe = (streams: ProbeStream[], format: ProbeResult['format'] = {}): ProbeResult => ({ streams, format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', duration: '30.0', ...format } });

describe('inspectSource', () => {
  it('reads container, size, exact frame rate, duration and audio of a video', () => {
    expect(inspectSource(probe([video, { codec_type: 'audio', channels: 2 }]), limits)).toEqual({
      container: 'mov', width: 1920, height: 1080, frameRate: '30000/1001', fps: 30000 / 1001, durationSeconds: 30, hasAudio: true,
    });
  });

  it('forces Matroska for a WebM file', () => {
    expect(inspectSource(probe([video], { format_name: 'matroska,webm' }), limits)).toMatchObject({ container: 'matroska' });
  });

  it.each(['hls', 'dash', 'concat', 'image2', 'png_pipe', 'tty', 'srt', 'bin', 'mpegvideo'])('refuses a source read by the %s demuxer', (format_name) => {
    expect(inspectSource(probe([video], { format_name }), limits)).toEqual({ reason: expect.stringMatching(/^The file is not a video in an accepted container/) });
  });

  it('rejects a file without a video stream', () => {
    expect(inspectSource(probe([{ codec_type: 'audio' }]), limits)).toEqual({ reason: 'The file has no video stream.' });
  });

  it.each<[string, ProbeResult, string]>([
    ['a forged picture size', probe([{ ...video, width: 0, height: 0 }]), 'The video has no valid picture size; the limit is 7680×7680.'],
    ['a width over the limit', probe([{ ...video, width: 8000, height: 100 }]), 'The video is 8000×100; the limit is 7680×7680.'],
    ['too many pixels', probe([{ ...video, width: 7680, height: 7680 }]), 'The video has 58982400 pixels per frame; the limit is 33177600.'],
    ['a ten-hour duration', probe([video], { duration: '36000' }), 'The video lasts 36000 s; the limit is 14400 s.'],
    ['a frame rate over the limit', probe([{ ...video, avg_frame_rate: '1000/1' }]), 'The video runs at 1000 frames per second; the limit is 120.'],
    ['no frame rate', probe([{ ...video, avg_frame_rate: '0/0', r_frame_rate: '0/0' }]), 'The video has no usable frame rate.'],
    ['a bitrate over the limit', probe([video], { bit_rate: '900000000' }), "The file's bitrate is 900000 kbit/s; the limit is 200000 kbit/s."],
    ['100 audio streams', probe([video, ...Array.from({ length: 100 }, () => ({ codec_type: 'audio' }))]), 'The file has 101 streams; the limit is 16.'],
    ['too many audio channels', probe([video, { codec_type: 'audio', channels: 64 }]), 'The audio has 64 channels; the limit is 8.'],
  ])('refuses %s, naming the limit', (_, input, reason) => {
    expect(inspectSource(input, limits)).toEqual({ reason });
  });
});
