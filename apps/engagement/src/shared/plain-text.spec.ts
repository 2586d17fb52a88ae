import { DomainError } from '@onstream/common';
import { cleanCommentText, cleanPlainText } from './plain-text.js';

describe('cleanPlainText', () => {
  it('keeps markup exactly as typed', () => {
    expect(cleanPlainText('<script>alert(1)</script> & "quotes"')).toBe('<script>alert(1)</script> & "quotes"');
  });

  it('strips control characters but keeps newlines, turning CRLF, CR and separators into \\n', () => {
    expect(cleanPlainText('a\u0000b\u0007c\r\nd\re\u2028f\u001Bg\u009Fh')).toBe('abc\nd\ne\nfgh');
  });

  it('removes zero-width spaces, BOMs and bidi overrides, embeddings and isolates', () => {
    expect(cleanPlainText('\uFEFFpay\u200Bpal \u202Etxt.exe\u202C \u2067x\u2069')).toBe('paypal txt.exe x');
  });

  it('keeps joiners that emoji and scripts need', () => {
    expect(cleanPlainText('👩\u200D💻 می\u200Cخواهم')).toBe('👩\u200D💻 می\u200Cخواهم');
  });

  it('replaces lone surrogates instead of storing invalid UTF-16', () => {
    expect(cleanPlainText('a\uD800b')).toBe('a\uFFFDb');
  });
});

describe('cleanCommentText', () => {
  it('refuses text with nothing visible left', () => {
    expect(() => cleanCommentText(' \u200B\u202E\n\u200D ', 10)).toThrow(expect.objectContaining({ code: 'ENGAGEMENT.COMMENT_EMPTY', status: 400 }) as DomainError);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(cleanCommentText('🎬'.repeat(3), 3)).toBe('🎬🎬🎬');
    expect(() => cleanCommentText('🎬'.repeat(4), 3)).toThrow(expect.objectContaining({ code: 'ENGAGEMENT.COMMENT_TOO_LONG' }) as DomainError);
  });
});
