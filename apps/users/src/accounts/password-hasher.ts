import { Injectable } from '@nestjs/common';
import bcrypt from 'bcrypt';
import { UsersConfig } from '../users.config.js';

/** bcrypt behind a small interface, with the cost from config. */
@Injectable()
export class PasswordHasher {
  constructor(private readonly config: UsersConfig) {}

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.BCRYPT_COST);
  }

  verify(password: string, hash: string): Promise<boolean> {
    return bcrypt.compare(password, hash);
  }
}
