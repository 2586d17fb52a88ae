import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { UsersConfig } from '../users.config.js';

/**
 * Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD at start. Idempotent: an existing account
 * with that e-mail is left as it is (its password is never overwritten); replicas racing to create it
 * meet at the unique e-mail index.
 */
@Injectable()
export class FirstAdminSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminSeeder.name);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly config: UsersConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    const normalised = email.trim().toLowerCase();
    if (await this.accounts.findByEmail(normalised)) return;
    const created = await this.accounts.create({ email: normalised, passwordHash: await this.hasher.hash(password), displayName: 'Administrator', role: 'admin', emailVerified: true });
    if (created) this.logger.log({ msg: 'first admin created', userId: created.id as string });
  }
}
