import { testConfig } from '../testing/factories.js';
import { RefreshTokenCodec } from './refresh-token.codec.js';

const SESSION = '64b0000000000000000000a1';

describe('RefreshTokenCodec', () => {
  const codec = new RefreshTokenCodec(testConfig());

  it('reads back the session and generation of a token it issued, with the token’s hash', () => {
    const issued = codec.issue(SESSION, 7);
    expect(codec.parse(issued.token)).toEqual({ sessionId: SESSION, generation: 7, hash: issued.hash });
  });

  it('issues a different token each time, even for the same generation', () => {
    expect(codec.issue(SESSION, 1).token).not.toBe(codec.issue(SESSION, 1).token);
  });

  it('refuses a token whose generation was edited', () => {
    const [id, , nonce, mac] = codec.issue(SESSION, 3).token.split('.');
    expect(codec.parse(`${id}.2.${nonce}.${mac}`)).toBeNull();
  });

  it('refuses a token made with another secret', () => {
    const foreign = new RefreshTokenCodec(testConfig({ JWT_SECRET: 'another-secret-another-secret-another' })).issue(SESSION, 0);
    expect(codec.parse(foreign.token)).toBeNull();
  });

  it.each(['', 'a.b.c', `${SESSION}.x.n.m`, `not-an-id.0.n.m`, `${SESSION}.0..m`])('refuses the malformed token %j', (token) => {
    expect(codec.parse(token)).toBeNull();
  });
});
