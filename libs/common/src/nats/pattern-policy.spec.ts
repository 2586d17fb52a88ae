import { parsePatternTimeouts } from './pattern-policy.js';

describe('parsePatternTimeouts', () => {
  it('reads pattern=milliseconds pairs', () => {
    expect(parsePatternTimeouts('users.auth.login=8000,media.upload.complete=60000')).toEqual({ 'users.auth.login': 8000, 'media.upload.complete': 60000 });
  });

  it('reads an empty setting as no overrides', () => {
    expect(parsePatternTimeouts('')).toEqual({});
  });
});
