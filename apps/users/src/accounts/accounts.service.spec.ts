import { jest } from '@jest/globals';
import { DomainError } from '@onstream/common';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import type { AccountsRepository } from './accounts.repository.js';
import { AccountsService } from './accounts.service.js';
import type { PasswordHasher } from './password-hasher.js';
import type { UsernamesRepository } from './usernames.repository.js';
import type { EmailVerificationService } from '../verification/email-verification.service.js';

const request = { email: 'ada@example.com', password: 'correct horse 9', displayName: 'Ada' };

function setup(created: UserDocument | null, usernameFree = true) {
  const create = jest.fn<AccountsRepository['create']>().mockResolvedValue(created);
  const newId = jest.fn<AccountsRepository['newId']>().mockReturnValue('665f1c2e9b1e8a0012345678');
  const hash = jest.fn<PasswordHasher['hash']>().mockResolvedValue('hashed!');
  const sendLink = jest.fn<EmailVerificationService['sendLink']>().mockResolvedValue(undefined);
  const claim = jest.fn<UsernamesRepository['claim']>().mockResolvedValue(usernameFree);
  const release = jest.fn<UsernamesRepository['release']>().mockResolvedValue(undefined);
  const service = new AccountsService(
    { create, newId } as unknown as AccountsRepository, { hash } as unknown as PasswordHasher, { sendLink } as unknown as EmailVerificationService, { claim, release } as unknown as UsernamesRepository,
  );
  return { service, create, hash, sendLink, claim, release };
}

describe('AccountsService.register', () => {
  it('stores the bcrypt hash, never the password, and maps the account', async () => {
    const user = { id: 'u1', email: request.email, displayName: 'Ada', role: 'viewer', emailVerified: false, createdAt: new Date('2026-01-02T03:04:05Z') } as unknown as UserDocument;
    const { service, create, hash, sendLink } = setup(user);

    const account = await service.register(request);

    expect(sendLink).toHaveBeenCalledWith(user);
    expect(hash).toHaveBeenCalledWith('correct horse 9');
    expect(create).toHaveBeenCalledWith({ email: 'ada@example.com', passwordHash: 'hashed!', displayName: 'Ada' });
    expect(account).toEqual({ id: 'u1', email: 'ada@example.com', displayName: 'Ada', username: null, role: 'viewer', emailVerified: false, createdAt: '2026-01-02T03:04:05.000Z' });
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

  it('claims a chosen username for the new account’s id before creating it', async () => {
    const user = { id: '665f1c2e9b1e8a0012345678', email: request.email, displayName: 'Ada', username: 'ada_l', role: 'viewer', emailVerified: false, createdAt: new Date('2026-01-02T03:04:05Z') } as unknown as UserDocument;
    const { service, create, claim } = setup(user);
    const account = await service.register({ ...request, username: 'ada_l' });
    expect(claim).toHaveBeenCalledWith('ada_l', '665f1c2e9b1e8a0012345678');
    expect(create).toHaveBeenCalledWith({ id: '665f1c2e9b1e8a0012345678', email: 'ada@example.com', passwordHash: 'hashed!', displayName: 'Ada', username: 'ada_l' });
    expect(account.username).toBe('ada_l');
  });

  it('answers a taken username with USERS.USERNAME_TAKEN (409) and creates nothing', async () => {
    const { service, create, sendLink } = setup(null, false);
    await expect(service.register({ ...request, username: 'ada_l' })).rejects.toMatchObject({ status: 409, code: 'USERS.USERNAME_TAKEN' });
    expect(create).not.toHaveBeenCalled();
    expect(sendLink).not.toHaveBeenCalled();
  });

  it('gives the username back when the e-mail is taken', async () => {
    const { service, release } = setup(null);
    await expect(service.register({ ...request, username: 'ada_l' })).rejects.toMatchObject({ status: 409, code: 'USERS.EMAIL_TAKEN' });
    expect(release).toHaveBeenCalledWith('ada_l', '665f1c2e9b1e8a0012345678');
  });
});
