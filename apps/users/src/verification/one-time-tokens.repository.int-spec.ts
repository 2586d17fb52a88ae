import { OneTimeToken, OneTimeTokenSchema } from '@onstream/common/schemas/one-time-token.schema.js';
import { TestDatabase } from '../testing/test-database.js';
import { OneTimeTokensRepository } from './one-time-tokens.repository.js';

const database = new TestDatabase();
let repository: OneTimeTokensRepository;
const NOW = new Date('2026-03-01T12:00:00Z');

beforeAll(async () => {
  await database.open('tokens');
  repository = new OneTimeTokensRepository(await database.model(OneTimeToken.name, OneTimeTokenSchema));
});
afterAll(() => database.close());

describe('OneTimeTokensRepository (real database)', () => {
  it('finds a token until it is marked used, and marks it once', async () => {
    await repository.create({ userId: 'u1', purpose: 'verify-email', tokenHash: 'hash-once', expiresAt: new Date(NOW.getTime() + 60_000) });
    const found = await repository.findUsable('verify-email', 'hash-once', NOW);
    expect(found?.userId).toBe('u1');
    expect(await repository.markUsed(found?.id as string, NOW)).toBe(true);
    expect(await repository.markUsed(found?.id as string, NOW)).toBe(false);
    expect(await repository.findUsable('verify-email', 'hash-once', NOW)).toBeNull();
  });

  it('does not find an expired token or a token of another purpose', async () => {
    await repository.create({ userId: 'u1', purpose: 'reset-password', tokenHash: 'hash-expired', expiresAt: NOW });
    await repository.create({ userId: 'u1', purpose: 'reset-password', tokenHash: 'hash-reset', expiresAt: new Date(NOW.getTime() + 60_000) });
    expect(await repository.findUsable('reset-password', 'hash-expired', NOW)).toBeNull();
    expect(await repository.findUsable('verify-email', 'hash-reset', NOW)).toBeNull();
  });

  it('counts the tokens issued since a moment', async () => {
    await repository.create({ userId: 'u-count', purpose: 'verify-email', tokenHash: 'c1', expiresAt: NOW });
    await repository.create({ userId: 'u-count', purpose: 'verify-email', tokenHash: 'c2', expiresAt: NOW });
    expect(await repository.countIssuedSince('u-count', 'verify-email', new Date(Date.now() - 60_000))).toBe(2);
    expect(await repository.countIssuedSince('u-count', 'reset-password', new Date(Date.now() - 60_000))).toBe(0);
  });
});
