import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type AccountResponse, type RegisterAccountRequest } from '@onstream/common';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import { AccountsRepository } from './accounts.repository.js';
import { PasswordHasher } from './password-hasher.js';

export function toAccountResponse(user: UserDocument): AccountResponse {
  return {
    id: user.id as string,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    emailVerified: user.emailVerified,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async register(request: RegisterAccountRequest): Promise<AccountResponse> {
    const passwordHash = await this.hasher.hash(request.password);
    const user = await this.accounts.create({ email: request.email, passwordHash, displayName: request.displayName });
    if (!user) {
      throw new DomainError(ErrorCodes.UsersEmailTaken, 409, 'An account with this e-mail address already exists.');
    }
    return toAccountResponse(user);
  }
}
