import { depthExceeds } from './json-depth.js';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

describe('depthExceeds', () => {
  it('accepts a body at the limit and refuses one a level deeper', () => {
    expect(depthExceeds(nested(32), 32)).toBe(false);
    expect(depthExceeds(nested(33), 32)).toBe(true);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(depthExceeds(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 32)).toBe(true);
  });

  it('ignores scalars and missing bodies', () => {
    expect(depthExceeds(undefined, 32)).toBe(false);
    expect(depthExceeds('text', 32)).toBe(false);
    expect(depthExceeds({ a: 1, b: [1, 2, { c: null }] }, 32)).toBe(false);
  });
});
