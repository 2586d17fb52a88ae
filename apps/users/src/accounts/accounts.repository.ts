import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { PreferencesPatch, Role } from '@onstream/common';
import { User, type UserDocument } from '@onstream/common/schemas/user.schema.js';
import { Types, type Model, type QueryFilter } from 'mongoose';
import { preferencePaths } from './preferences.js';

const DUPLICATE_KEY = 11000;

export interface NewAccount {
  /** An id chosen beforehand (a username is claimed for it first); default a new one. */
  id?: string;
  email: string;
  username?: string | null;
  passwordHash: string;
  displayName: string;
  role?: Role;
  emailVerified?: boolean;
}

export interface AccountSearch {
  emailPrefix?: string;
  role?: Role;
  skip: number;
  limit: number;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

@Injectable()
export class AccountsRepository {
  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

  /** Inserts the account; returns null when the e-mail is already taken (unique index). */
  async create(account: NewAccount): Promise<UserDocument | null> {
    try {
      const { id, ...fields } = account;
      return await this.users.create({ role: 'viewer', emailVerified: false, ...fields, ...(id && { _id: id }) });
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  findById(id: string): Promise<UserDocument | null> {
    return this.users.findById(id).exec();
  }

  /** The accounts among these ids (ids that are not account ids are skipped). */
  findManyByIds(ids: string[]): Promise<UserDocument[]> {
    const valid = ids.filter((id) => /^[a-f0-9]{24}$/.test(id));
    return valid.length === 0 ? Promise.resolve([]) : this.users.find({ _id: { $in: valid } }).exec();
  }

  /** A fresh account id, for claiming a username before the account exists. */
  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  /** The account that chose this (lower-case) username. */
  findByUsername(username: string): Promise<UserDocument | null> {
    return this.users.findOne({ username }).exec();
  }

  findByEmail(email: string): Promise<UserDocument | null> {
    return this.users.findOne({ email }).exec();
  }

  markEmailVerified(id: string): Promise<UserDocument | null> {
    return this.users.findByIdAndUpdate(id, { $set: { emailVerified: true } }, { returnDocument: 'after' }).exec();
  }

  async setPasswordHash(id: string, passwordHash: string, options: { verifyEmail: boolean }): Promise<void> {
    await this.users.updateOne({ _id: id }, { $set: { passwordHash, ...(options.verifyEmail ? { emailVerified: true } : {}) } }).exec();
  }

  setRole(id: string, role: Role): Promise<UserDocument | null> {
    return this.users.findByIdAndUpdate(id, { $set: { role } }, { returnDocument: 'after' }).exec();
  }

  disable(id: string, at: Date): Promise<UserDocument | null> {
    return this.users.findByIdAndUpdate(id, { $set: { disabledAt: at } }, { returnDocument: 'after' }).exec();
  }

  /** Changes the display name and only the given preferences (dotted $set, one document, atomic). */
  updateProfile(id: string, change: { displayName?: string; preferences?: PreferencesPatch }): Promise<UserDocument | null> {
    const set: Record<string, unknown> = {};
    if (change.displayName !== undefined) set.displayName = change.displayName;
    Object.assign(set, preferencePaths(change.preferences));
    if (Object.keys(set).length === 0) return this.findById(id);
    return this.users.findByIdAndUpdate(id, { $set: set }, { returnDocument: 'after' }).exec();
  }

  async deleteById(id: string): Promise<void> {
    await this.users.deleteOne({ _id: id }).exec();
  }

  async search(search: AccountSearch): Promise<{ items: UserDocument[]; total: number }> {
    const filter: QueryFilter<User> = {};
    if (search.emailPrefix) filter.email = { $regex: `^${escapeRegex(search.emailPrefix)}` };
    if (search.role) filter.role = search.role;
    const [items, total] = await Promise.all([
      this.users.find(filter).sort({ createdAt: -1, _id: -1 }).skip(search.skip).limit(search.limit).exec(),
      this.users.countDocuments(filter).exec(),
    ]);
    return { items, total };
  }
}
