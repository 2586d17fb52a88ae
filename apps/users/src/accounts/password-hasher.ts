import { Injectable, type OnModuleInit } from '@nestjs/common';
import bcrypt from 'bcrypt';
import { randomBytes } from 'node:crypto';
import { UsersConfig } from '../users.config.js';

/** bcrypt behind a small interface, with the cost from config. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** A hash of a random password at the configured cost: compared against when there is no account. */
  private dummyHash = '';

  constructor(private readonly config: UsersConfig) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.hash(randomBytes(16).toString('hex'));
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.BCRYPT_COST);
  }

  /**
   * Checks a password against the account's hash, or against a dummy hash when there is no
   * account, so an unknown e-mail costs the same time as a wrong password.
   */
  async verify(password: string, hash: string | undefined): Promise<boolean> {
    const matches = await bcrypt.compare(password, hash ?? this.dummyHash);
    return hash !== undefined && matches;
  }
}
