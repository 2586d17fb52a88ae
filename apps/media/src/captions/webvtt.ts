import { createRequire } from 'node:module';
import webvtt from 'webvtt-parser';

/** The full HTML entity table: the parser's built-in one lacks the `;` forms and reads `&amp;` as `&;`. */
const ENTITIES = createRequire(import.meta.url)('webvtt-parser/html-entities.json') as Record<string, string>;

/** w3c's WebVTT parser with every named character reference known. */
export function webVttParser(): InstanceType<typeof webvtt.WebVTTParser> {
  return new webvtt.WebVTTParser(ENTITIES);
}

export function webVttSerializer(): InstanceType<typeof webvtt.WebVTTSerializer> {
  return new webvtt.WebVTTSerializer();
}
