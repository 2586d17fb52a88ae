import { currentRequestId, normaliseRequestId, runInRequestContext } from './request-context.js';

describe('request context', () => {
  it('keeps a sane caller-supplied id', () => {
    expect(normaliseRequestId('abc-123_x.y:z')).toBe('abc-123_x.y:z');
  });

  it.each([[''], ['a b'], ['x'.repeat(129)], ['line\nbreak'], [undefined], [['a', 'b']]])('replaces an unusable id %p with a UUID', (candidate) => {
    expect(normaliseRequestId(candidate)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carries the id across awaits', async () => {
    const seen = await runInRequestContext('r-1', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return currentRequestId();
    });
    expect(seen).toBe('r-1');
    expect(currentRequestId()).toBeUndefined();
  });
});
