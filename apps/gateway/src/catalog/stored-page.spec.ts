import { createHash } from 'node:crypto';
import { StoredPage } from './stored-page.js';

const page = { id: 't1', title: 'Heat', year: 1995, communityRating: { average: 4, count: 2 }, cast: [{ name: 'Al Pacino' }] };
const parse = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;

describe('StoredPage', () => {
  it('keeps the answer as its JSON bytes, without the live parts, and tags them with a hash of those bytes', () => {
    const stored = StoredPage.of(page, ['communityRating', 'reactions']);
    const { communityRating: _live, ...rest } = page;

    expect(stored.body.toString('utf8')).toBe(JSON.stringify(rest));
    expect(stored.etag).toBe(`W/"${createHash('sha1').update(JSON.stringify(rest)).digest('base64url')}"`);
  });

  it('reads back exactly what it stored, the body as a view of the stored bytes', () => {
    const stored = StoredPage.of({ title: 'Amélie\nthe second line' }, ['communityRating']);
    const encoded = stored.encode();
    const decoded = StoredPage.decode(encoded);

    expect(decoded?.etag).toBe(stored.etag);
    expect(decoded?.body.equals(stored.body)).toBe(true);
    expect(decoded?.body.buffer).toBe(encoded.buffer);
  });

  it('does not take bytes of another shape for a page', () => {
    expect(StoredPage.decode(Buffer.from('{"value":{"id":"t1"},"expires":null}'))).toBeUndefined();
    expect(StoredPage.decode(Buffer.from('W/"abc"\n{}'))).toBeUndefined();
  });

  it('splices live parts in before the closing brace, in the order asked', () => {
    const sent = StoredPage.of(page, ['reactions', 'communityRating']).withLiveParts({ reactions: { likes: 3, dislikes: 1 }, communityRating: { average: 5, count: 3 } });
    const text = sent.body.toString('utf8');

    expect(parse(sent.body)).toEqual({ ...page, reactions: { likes: 3, dislikes: 1 }, communityRating: { average: 5, count: 3 } });
    expect(text.endsWith(',"reactions":{"likes":3,"dislikes":1},"communityRating":{"average":5,"count":3}}')).toBe(true);
  });

  it('gives the page a new ETag when a live part changes, and the same one when nothing did', () => {
    const stored = StoredPage.of(page, ['reactions']);
    const one = stored.withLiveParts({ reactions: { likes: 1, dislikes: 0 } });
    const again = StoredPage.decode(stored.encode())?.withLiveParts({ reactions: { likes: 1, dislikes: 0 } });
    const two = stored.withLiveParts({ reactions: { likes: 2, dislikes: 0 } });

    expect(again?.etag).toBe(one.etag);
    expect(two.etag).not.toBe(one.etag);
    expect(one.etag.startsWith(stored.etag.slice(0, -1))).toBe(true);
  });

  it('keeps the stored value of a part whose service did not answer, and leaves out one it never had', () => {
    const stored = StoredPage.decode(StoredPage.of(page, ['reactions', 'communityRating']).encode());
    const sent = stored?.withLiveParts({ reactions: null, communityRating: null });

    expect(sent && parse(sent.body)).toEqual(page);
    expect(sent?.body.includes('"reactions"')).toBe(false);
  });

  it('splices into an empty object without a leading comma', () => {
    const sent = StoredPage.of({}, ['reactions']).withLiveParts({ reactions: { likes: 0, dislikes: 0 } });

    expect(sent.body.toString('utf8')).toBe('{"reactions":{"likes":0,"dislikes":0}}');
  });

  it('sends a list as stored: only an object page has live parts', () => {
    const stored = StoredPage.of([{ id: 't1' }], ['reactions']);
    const sent = stored.withLiveParts({ reactions: { likes: 1, dislikes: 0 } });

    expect(sent.body.toString('utf8')).toBe('[{"id":"t1"}]');
    expect(sent.etag).toBe(stored.etag);
  });
});
