import { Injectable, type OnModuleInit } from '@nestjs/common';
import bcrypt from 'bcrypt';
import { randomBytes } from 'node:crypto';
import { currentDeadline } from '@onstream/common';
import { UsersConfig } from '../users.config.js';
import { BcryptSlots } from './bcrypt-slots.js';

/** bcrypt behind a small interface, with the cost from config, bounded and deadline-aware (BcryptSlots). */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** A hash of a random password at the configured cost: compared against when there is no account. */
  private dummyHash = '';

  private readonly slots: BcryptSlots;

  constructor(private readonly config: UsersConfig) {
    this.slots = new BcryptSlots(config.BCRYPT_CONCURRENCY);
  }

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.hash(randomBytes(16).toString('hex'));
  }

  hash(password: string): Promise<string> {
    return this.slots.run(() => bcrypt.hash(password, this.config.BCRYPT_COST), currentDeadline());
  }

  /**
   * Checks a password against the account's hash, or against a dummy hash when there is no
   * account, so an unknown e-mail costs the same time as a wrong password.
   */
  async verify(password: string, hash: string | undefined): Promise<boolean> {
    const matches = await this.slots.run(() => bcrypt.compare(password, hash ?? this.dummyHash), currentDeadline());
    return hash !== undefined && matches;
  }
}
