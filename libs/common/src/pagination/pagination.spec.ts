import { createValidationPipe } from '../validation/validation.js';
import { CursorQueryDto, decodeCursor, encodeCursor, MAX_PAGE_SIZE, PageQueryDto, toPage } from './pagination.dto.js';

const pipe = createValidationPipe();
const query = <T>(metatype: new () => T, value: unknown) => pipe.transform(value, { type: 'query', metatype }) as Promise<T>;

describe('pagination', () => {
  it('defaults to the first page of 20', async () => {
    await expect(query(PageQueryDto, {})).resolves.toMatchObject({ page: 1, limit: 20 });
  });

  it('converts query strings to numbers', async () => {
    await expect(query(PageQueryDto, { page: '3', limit: '50' })).resolves.toMatchObject({ page: 3, limit: 50 });
  });

  it('refuses a page larger than the hard maximum', async () => {
    await expect(query(PageQueryDto, { limit: String(MAX_PAGE_SIZE + 1) })).rejects.toMatchObject({ status: 400 });
  });

  it('refuses a cursor that is not base64url', async () => {
    await expect(query(CursorQueryDto, { cursor: '{"$gt":1}' })).rejects.toMatchObject({ status: 400 });
  });

  it('round-trips a cursor and rejects a forged one', () => {
    expect(decodeCursor(encodeCursor({ id: 'abc', score: 3 }))).toEqual({ id: 'abc', score: 3 });
    expect(decodeCursor(Buffer.from('[1,2]').toString('base64url'))).toBeNull();
    expect(decodeCursor('not-json')).toBeNull();
  });

  it('computes the page count', () => {
    expect(toPage(['a'], 41, Object.assign(new PageQueryDto(), { page: 3, limit: 20 })).meta).toEqual({ page: 3, limit: 20, total: 41, totalPages: 3 });
  });
});
