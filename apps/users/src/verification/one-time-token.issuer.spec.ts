import { jest } from '@jest/globals';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { Clock } from '../infrastructure/clock.js';
import { NOW, testConfig } from '../testing/factories.js';
import { OneTimeTokenIssuer } from './one-time-token.issuer.js';
import type { OneTimeTokensRepository } from './one-time-tokens.repository.js';

function setup(issuedLastHour: number) {
  const tokens = strictMock<OneTimeTokensRepository>('tokens', {
    countIssuedSince: jest.fn<OneTimeTokensRepository['countIssuedSince']>().mockResolvedValue(issuedLastHour),
    create: jest.fn<OneTimeTokensRepository['create']>().mockResolvedValue(undefined),
    consume: jest.fn<OneTimeTokensRepository['consume']>().mockResolvedValue(null),
  });
  const issuer = new OneTimeTokenIssuer(tokens, strictMock<Clock>('clock', { now: () => NOW }), testConfig({ MAIL_PER_HOUR_LIMIT: '3' }));
  return { issuer, tokens };
}

describe('OneTimeTokenIssuer', () => {
  it('stores only the SHA-256 of a new token, with its expiry', async () => {
    const { issuer, tokens } = setup(0);
    const token = await issuer.issueWithinLimit('u1', 'verify-email', 3600);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens.countIssuedSince).toHaveBeenCalledWith('u1', 'verify-email', new Date(NOW.getTime() - 3600_000));
    expect(tokens.create).toHaveBeenCalledWith({ userId: 'u1', purpose: 'verify-email', tokenHash: OneTimeTokenIssuer.hash(token ?? ''), expiresAt: new Date(NOW.getTime() + 3600_000) });
  });

  it('issues nothing once the hourly limit is reached', async () => {
    const { issuer, tokens } = setup(3);
    expect(await issuer.issueWithinLimit('u1', 'reset-password', 3600)).toBeNull();
    expect(tokens.create).not.toHaveBeenCalled();
  });

  it('consumes by hash at the current time', async () => {
    const { issuer, tokens } = setup(0);
    await issuer.consume('reset-password', 'the-token');
    expect(tokens.consume).toHaveBeenCalledWith('reset-password', OneTimeTokenIssuer.hash('the-token'), NOW);
  });
});
