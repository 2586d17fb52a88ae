import { DomainError, ErrorCodes } from '@onstream/common';

/** Lone UTF-16 surrogates (possible in JSON) cannot be stored as UTF-8: they become U+FFFD. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Line breaks of every platform become `\n`; tabs become a space. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
/** C0 and C1 control characters except `\n`. */
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
/** Zero-width characters with no job in text: zero-width space, word joiner, BOM, Mongolian vowel separator. */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u180E]/g;
/** Bidi embeddings, overrides and isolates (LRE…RLO, LRI…PDI): they reorder what readers see (spoofing). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Kept (scripts and emoji need them) but not counted as content: ZWNJ, ZWJ, LRM, RLM, ALM. */
const JOINERS_AND_MARKS = /[\u200C-\u200F\u061C]/g;

/**
 * Cleans user text for storage: removed, not rejected, are control characters (newlines stay),
 * zero-width spaces and bidi overrides. Everything else is kept as typed — including `<script>`,
 * which is harmless because text only ever leaves as a JSON string.
 */
export function cleanPlainText(raw: string): string {
  return raw
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(ZERO_WIDTH, '')
    .replace(BIDI_CONTROLS, '')
    .trim();
}

/** A comment after cleaning: not empty (or only invisible marks) and at most `maxChars` code points. */
export function cleanCommentText(raw: string, maxChars: number): string {
  const text = cleanPlainText(raw);
  if (text.replace(JOINERS_AND_MARKS, '').trim() === '') {
    throw new DomainError(ErrorCodes.EngagementCommentEmpty, 400, 'The comment has no visible text.', { errors: [{ field: 'text', message: 'text must contain visible characters' }] });
  }
  const length = [...text].length;
  if (length > maxChars) {
    throw new DomainError(ErrorCodes.EngagementCommentTooLong, 400, `A comment holds at most ${maxChars} characters; this one has ${length}.`, {
      errors: [{ field: 'text', message: `text must be at most ${maxChars} characters` }],
    });
  }
  return text;
}
