import { jest } from '@jest/globals';
import { DomainError } from '@onstream/common';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import type { AccountsRepository } from './accounts.repository.js';
import { AccountsService } from './accounts.service.js';
import type { PasswordHasher } from './password-hasher.js';
import type { EmailVerificationService } from '../verification/email-verification.service.js';

const request = { email: 'ada@example.com', password: 'correct horse 9', displayName: 'Ada' };

function setup(created: UserDocument | null) {
  const create = jest.fn<AccountsRepository['create']>().mockResolvedValue(created);
  const hash = jest.fn<PasswordHasher['hash']>().mockResolvedValue('hashed!');
  const sendLink = jest.fn<EmailVerificationService['sendLink']>().mockResolvedValue(undefined);
  const service = new AccountsService({ create } as unknown as AccountsRepository, { hash } as unknown as PasswordHasher, { sendLink } as unknown as EmailVerificationService);
  return { service, create, hash, sendLink };
}

describe('AccountsService.register', () => {
  it('stores the bcrypt hash, never the password, and maps the account', async () => {
    const user = { id: 'u1', email: request.email, displayName: 'Ada', role: 'viewer', emailVerified: false, createdAt: new Date('2026-01-02T03:04:05Z') } as unknown as UserDocument;
    const { service, create, hash, sendLink } = setup(user);

    const account = await service.register(request);

    expect(sendLink).toHaveBeenCalledWith(user);
    expect(hash).toHaveBeenCalledWith('correct horse 9');
    expect(create).toHaveBeenCalledWith({ email: 'ada@example.com', passwordHash: 'hashed!', displayName: 'Ada' });
    expect(account).toEqual({ id: 'u1', email: 'ada@example.com', displayName: 'Ada', role: 'viewer', emailVerified: false, createdAt: '2026-01-02T03:04:05.000Z' });
  });

  it('answers a taken e-mail with USERS.EMAIL_TAKEN (409)', async () => {
    const { service, sendLink } = setup(null);
    const error = await service.register(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 409, code: 'USERS.EMAIL_TAKEN' });
    expect(sendLink).not.toHaveBeenCalled();
  });
});

describe('AccountsService.register when mail is down', () => {
  it('still creates the account (the link can be sent again later)', async () => {
    const user = { id: 'u1', email: request.email, displayName: 'Ada', role: 'viewer', emailVerified: false, createdAt: new Date('2026-01-02T03:04:05Z') } as unknown as UserDocument;
    const { service, sendLink } = setup(user);
    sendLink.mockRejectedValue(DomainError.unavailable('mail down'));
    await expect(service.register(request)).resolves.toMatchObject({ id: 'u1' });
  });

  it('does not hide other failures', async () => {
    const user = { id: 'u1', email: request.email, displayName: 'Ada', role: 'viewer', emailVerified: false, createdAt: new Date() } as unknown as UserDocument;
    const { service, sendLink } = setup(user);
    sendLink.mockRejectedValue(new Error('database gone'));
    await expect(service.register(request)).rejects.toThrow('database gone');
  });
});
