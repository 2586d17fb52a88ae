import { inspectSource } from './source-inspector.js';

describe('inspectSource', () => {
  it('reads size, frame rate, duration and audio of a video', () => {
    expect(inspectSource({ streams: [{ codec_type: 'video', width: 1920, height: 1080, avg_frame_rate: '30000/1001' }, { codec_type: 'audio' }], format: { format_name: 'mov,mp4', duration: '30.0' } })).toEqual({
      width: 1920, height: 1080, fps: 30000 / 1001, durationSeconds: 30, hasAudio: true,
    });
  });

  it('rejects a file without a video stream', () => {
    expect(inspectSource({ streams: [{ codec_type: 'audio' }], format: { format_name: 'mp3', duration: '3' } })).toEqual({ reason: 'The file has no video stream.' });
  });

  it('rejects a still image', () => {
    expect(inspectSource({ streams: [{ codec_type: 'video', width: 10, height: 10, avg_frame_rate: '25/1' }], format: { format_name: 'png_pipe', duration: '0.04' } })).toEqual({ reason: 'The file is a png_pipe image or text, not a video.' });
  });
});
