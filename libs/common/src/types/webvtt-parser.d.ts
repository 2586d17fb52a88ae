/** Types for w3c's webvtt.js (`webvtt-parser`), which ships none: only what OnStream uses. */
declare module 'webvtt-parser' {
  export interface WebVttCue {
    id: string | undefined;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: unknown[] };
  }
  export interface WebVttParseError {
    message: string;
    line: number;
    col?: number;
  }
  export interface WebVttParseResult {
    cues: WebVttCue[];
    errors: WebVttParseError[];
    styles: string[];
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): WebVttParseResult;
  }
  export class WebVTTSerializer {
    serialize(cues: WebVttCue[], styles?: string[]): string;
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser; WebVTTSerializer: typeof WebVTTSerializer };
  export default webvtt;
}
