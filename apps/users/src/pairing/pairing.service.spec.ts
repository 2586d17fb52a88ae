import { jest } from '@jest/globals';
import type { DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { Clock } from '@onstream/common';
import type { AccountsRepository } from '../accounts/accounts.repository.js';
import type { AttemptLimiter } from '../infrastructure/attempt-limiter.js';
import type { SingleUseClaims } from '../infrastructure/single-use-claims.js';
import type { ProfilesRepository } from '../profiles/profiles.repository.js';
import type { SessionsRepository } from '../sessions/sessions.repository.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import { actor, NOW, profileDoc, testConfig } from '../testing/factories.js';
import type { PairingCodesRepository } from './pairing-codes.repository.js';
import { newPairingCode, PairingService } from './pairing.service.js';

function setup() {
  const codes = strictMock<PairingCodesRepository>('codes', {
    create: jest.fn<PairingCodesRepository['create']>().mockResolvedValue(undefined),
    findUsable: jest.fn<PairingCodesRepository['findUsable']>().mockResolvedValue(null),
  });
  const attempts = strictMock<AttemptLimiter>('attempts', {
    reserve: jest.fn<AttemptLimiter['reserve']>().mockResolvedValue(undefined),
  });
  const profiles = strictMock<ProfilesRepository>('profiles', { findOwned: jest.fn<ProfilesRepository['findOwned']>().mockResolvedValue(profileDoc({ kid: true })) });
  const service = new PairingService(
    codes,
    strictMock<AccountsRepository>('accounts'),
    profiles,
    strictMock<SessionsService>('sessions'),
    strictMock<SessionsRepository>('sessionRecords'),
    attempts,
    strictMock<SingleUseClaims>('claims'),
    strictMock<Clock>('clock', { now: () => NOW }),
    testConfig({ PAIRING_MAX_FAILURES_PER_IP: '10' }),
  );
  return { service, codes, attempts };
}

describe('PairingService', () => {
  it('makes 8-character codes without look-alike characters', () => {
    for (let i = 0; i < 200; i += 1) expect(newPairingCode()).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$/);
  });

  it('stores a hash of the code, valid for 10 minutes, and shows it as XXXX-XXXX', async () => {
    const { service, codes } = setup();
    const created = await service.createCode({ actor: actor(), profileId: '64b0000000000000000000b1' });
    expect(created.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(created.expiresAt).toBe(new Date(NOW.getTime() + 600_000).toISOString());
    expect(codes.create).toHaveBeenCalledWith(expect.objectContaining({ codeHash: expect.stringMatching(/^[a-f0-9]{64}$/) }));
  });

  it('counts each try against the caller’s IP before the code is looked up', async () => {
    const { service, attempts } = setup();
    const error = await service.redeem({ code: 'ABCDEFGH', client: { ip: '203.0.113.9', userAgent: 'TV' } }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 400, code: 'USERS.INVALID_PAIRING_CODE' });
    expect(attempts.reserve).toHaveBeenCalledWith({ key: 'users:pairing-failures:ip:203.0.113.9', maxFailures: 10, windowSeconds: 900, kind: 'pairing-code' });
  });

  it('refuses a kid profile making a pairing code', async () => {
    const { service } = setup();
    const error = await service.createCode({ actor: actor({ kidProfile: true, profileId: 'p' }), profileId: '64b0000000000000000000b1' }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 403 });
  });
});
