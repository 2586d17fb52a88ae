import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { User, type UserDocument } from '@onstream/common/schemas/user.schema.js';
import type { Model } from 'mongoose';

const DUPLICATE_KEY = 11000;

export interface NewAccount {
  email: string;
  passwordHash: string;
  displayName: string;
}

@Injectable()
export class AccountsRepository {
  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

  /** Inserts the account; returns null when the e-mail is already taken (unique index). */
  async create(account: NewAccount): Promise<UserDocument | null> {
    try {
      return await this.users.create({ ...account, role: 'viewer', emailVerified: false });
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return null;
      throw error;
    }
  }
}
