import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Role } from '@onstream/common';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { DEMO_STUDIO_EMAIL, DEMO_VIEWER_EMAIL, UsersConfig } from '../users.config.js';

interface StartupAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
}

/**
 * Creates the accounts configured to exist from the start: the first admin (ADMIN_EMAIL/ADMIN_PASSWORD)
 * and, outside production, the demo viewer and studio (DEMO_ACCOUNTS_PASSWORD, ADR 0022). Idempotent:
 * an existing account with that e-mail is left as it is (its password is never overwritten); replicas
 * racing to create it meet at the unique e-mail index.
 */
@Injectable()
export class StartupAccountsSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(StartupAccountsSeeder.name);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly config: UsersConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const account of this.configured()) await this.ensure(account);
  }

  private configured(): StartupAccount[] {
    const { ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_ACCOUNTS_PASSWORD } = this.config;
    const wanted: StartupAccount[] = [];
    if (ADMIN_EMAIL && ADMIN_PASSWORD) wanted.push({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD, displayName: 'Administrator', role: 'admin' });
    if (DEMO_ACCOUNTS_PASSWORD) {
      wanted.push({ email: DEMO_VIEWER_EMAIL, password: DEMO_ACCOUNTS_PASSWORD, displayName: 'Demo viewer', role: 'viewer' });
      // Uploads the demo video and links it to its title: it needs media.video.write and catalog.write.
      wanted.push({ email: DEMO_STUDIO_EMAIL, password: DEMO_ACCOUNTS_PASSWORD, displayName: 'Demo studio', role: 'admin' });
    }
    return wanted;
  }

  private async ensure({ email, password, displayName, role }: StartupAccount): Promise<void> {
    const normalised = email.trim().toLowerCase();
    if (await this.accounts.findByEmail(normalised)) return;
    const created = await this.accounts.create({ email: normalised, passwordHash: await this.hasher.hash(password), displayName, role, emailVerified: true });
    if (created) this.logger.log({ msg: 'startup account created', userId: created.id as string, role });
  }
}
