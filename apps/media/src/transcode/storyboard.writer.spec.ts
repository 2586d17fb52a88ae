import { storyboardArgs, storyboardVtt } from './storyboard.writer.js';

describe('storyboard', () => {
  it('indexes one sprite tile per interval in WebVTT with media fragments', () => {
    expect(storyboardVtt(12, 5, 'storyboard.jpg')).toBe(
      ['WEBVTT', '', '00:00:00.000 --> 00:00:05.000', 'storyboard.jpg#xywh=0,0,160,90', '', '00:00:05.000 --> 00:00:10.000', 'storyboard.jpg#xywh=160,0,160,90', '', '00:00:10.000 --> 00:00:12.000', 'storyboard.jpg#xywh=320,0,160,90', ''].join('\n'),
    );
  });

  it('tiles frames into one grid image', () => {
    expect(storyboardArgs(['-i', 'file:in'], 5, 10, 2, 'out.jpg')).toEqual([
      '-i', 'file:in',
      '-vf', 'fps=1/5,scale=160:90:force_original_aspect_ratio=decrease,pad=160:90:(ow-iw)/2:(oh-ih)/2,tile=10x2',
      '-frames:v', '1', '-q:v', '5', 'out.jpg',
    ]);
  });
});
