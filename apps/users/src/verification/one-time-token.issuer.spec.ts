import { jest } from '@jest/globals';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { OneTimeTokenDocument } from '@onstream/common/schemas/one-time-token.schema.js';
import type { Clock } from '@onstream/common';
import type { SingleUseClaims } from '../infrastructure/single-use-claims.js';
import { NOW, testConfig } from '../testing/factories.js';
import { OneTimeTokenIssuer } from './one-time-token.issuer.js';
import type { OneTimeTokensRepository } from './one-time-tokens.repository.js';

const usable = { id: 't1', userId: 'u1', tokenHash: OneTimeTokenIssuer.hash('the-token'), expiresAt: new Date(NOW.getTime() + 600_000) } as unknown as OneTimeTokenDocument;

function setup(options: { issuedLastHour?: number; found?: OneTimeTokenDocument | null; claimed?: boolean } = {}) {
  const tokens = strictMock<OneTimeTokensRepository>('tokens', {
    countIssuedSince: jest.fn<OneTimeTokensRepository['countIssuedSince']>().mockResolvedValue(options.issuedLastHour ?? 0),
    create: jest.fn<OneTimeTokensRepository['create']>().mockResolvedValue(undefined),
    findUsable: jest.fn<OneTimeTokensRepository['findUsable']>().mockResolvedValue(options.found === undefined ? usable : options.found),
    markUsed: jest.fn<OneTimeTokensRepository['markUsed']>().mockResolvedValue(true),
  });
  const claims = strictMock<SingleUseClaims>('claims', { claim: jest.fn<SingleUseClaims['claim']>().mockResolvedValue(options.claimed ?? true) });
  const issuer = new OneTimeTokenIssuer(tokens, claims, strictMock<Clock>('clock', { now: () => NOW }), testConfig({ MAIL_PER_HOUR_LIMIT: '3' }));
  return { issuer, tokens, claims };
}

describe('OneTimeTokenIssuer', () => {
  it('stores only the SHA-256 of a new token, with its expiry', async () => {
    const { issuer, tokens } = setup();
    const token = await issuer.issueWithinLimit('u1', 'verify-email', 3600);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens.countIssuedSince).toHaveBeenCalledWith('u1', 'verify-email', new Date(NOW.getTime() - 3600_000));
    expect(tokens.create).toHaveBeenCalledWith({ userId: 'u1', purpose: 'verify-email', tokenHash: OneTimeTokenIssuer.hash(token ?? ''), expiresAt: new Date(NOW.getTime() + 3600_000) });
  });

  it('issues nothing once the hourly limit is reached', async () => {
    const { issuer, tokens } = setup({ issuedLastHour: 3 });
    expect(await issuer.issueWithinLimit('u1', 'reset-password', 3600)).toBeNull();
    expect(tokens.create).not.toHaveBeenCalled();
  });

  it('consumes a usable token by its hash, claiming it for its remaining lifetime', async () => {
    const { issuer, tokens, claims } = setup();
    expect(await issuer.consume('reset-password', 'the-token')).toBe(usable);
    expect(tokens.findUsable).toHaveBeenCalledWith('reset-password', OneTimeTokenIssuer.hash('the-token'), NOW);
    expect(claims.claim).toHaveBeenCalledWith(`token:${usable.tokenHash}`, 600);
    expect(tokens.markUsed).toHaveBeenCalledWith('t1', NOW);
  });

  it('gives nothing to the loser of a concurrent use', async () => {
    const { issuer, tokens } = setup({ claimed: false });
    expect(await issuer.consume('reset-password', 'the-token')).toBeNull();
    expect(tokens.markUsed).not.toHaveBeenCalled();
  });

  it('gives nothing for an unknown, expired or used token', async () => {
    const { issuer, claims } = setup({ found: null });
    expect(await issuer.consume('verify-email', 'nope')).toBeNull();
    expect(claims.claim).not.toHaveBeenCalled();
  });
});
