import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { MaturityLevel, ParentalMode } from '@onstream/common';
import { Profile, type ProfileDocument } from '@onstream/common/schemas/profile.schema.js';
import { isValidObjectId, type Model } from 'mongoose';

export interface ProfileFields {
  name: string;
  avatar: string | null;
  language: string;
  kid: boolean;
  maturityLevel: MaturityLevel;
  pinHash: string | null;
}

@Injectable()
export class ProfilesRepository {
  constructor(@InjectModel(Profile.name) private readonly profiles: Model<Profile>) {}

  listOfUser(userId: string): Promise<ProfileDocument[]> {
    return this.profiles.find({ userId }).sort({ createdAt: 1, _id: 1 }).exec();
  }

  countOfUser(userId: string): Promise<number> {
    return this.profiles.countDocuments({ userId }).exec();
  }

  create(userId: string, fields: ProfileFields): Promise<ProfileDocument> {
    return this.profiles.create({ userId, ...fields });
  }

  /** The profile when it belongs to this user; another user's profile is simply not found. */
  findOwned(userId: string, profileId: string): Promise<ProfileDocument | null> {
    if (!isValidObjectId(profileId)) return Promise.resolve(null);
    return this.profiles.findOne({ _id: profileId, userId }).exec();
  }

  update(userId: string, profileId: string, fields: Partial<ProfileFields>): Promise<ProfileDocument | null> {
    return this.profiles.findOneAndUpdate({ _id: profileId, userId }, { $set: fields }, { returnDocument: 'after' }).exec();
  }

  setParentalControls(userId: string, profileId: string, controls: { parentalMode?: ParentalMode; deniedTags?: string[] }): Promise<ProfileDocument | null> {
    return this.profiles.findOneAndUpdate({ _id: profileId, userId }, { $set: controls }, { returnDocument: 'after' }).exec();
  }

  async delete(userId: string, profileId: string): Promise<boolean> {
    return (await this.profiles.deleteOne({ _id: profileId, userId }).exec()).deletedCount === 1;
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.profiles.deleteMany({ userId }).exec();
  }
}
