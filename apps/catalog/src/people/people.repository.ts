import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Person } from '@onstream/common/schemas/person.schema.js';
import type { Model, Types } from 'mongoose';

export interface StoredPerson {
  _id: Types.ObjectId;
  name: string;
  tmdbId: number | null;
  profilePath: string | null;
}

export interface PersonRef {
  name: string;
  tmdbId?: number;
  profilePath?: string;
}

@Injectable()
export class PeopleRepository {
  constructor(@InjectModel(Person.name) private readonly people: Model<Person>) {}

  async findById(id: string): Promise<StoredPerson | null> {
    return this.people.findById(id).lean<StoredPerson>().exec();
  }

  /** Finds or creates the person (by TMDb id when known, else by exact name) and returns its id. */
  async resolve(person: PersonRef): Promise<Types.ObjectId> {
    const filter = person.tmdbId ? { tmdbId: person.tmdbId } : { name: person.name, tmdbId: null };
    const update = { $set: { name: person.name, ...(person.profilePath && { profilePath: person.profilePath }) } };
    const stored = await this.people.findOneAndUpdate(filter, update, { upsert: true, returnDocument: 'after' }).lean<{ _id: Types.ObjectId }>().exec();
    if (!stored) throw new Error(`upsert of person ${person.name} returned nothing`);
    return stored._id;
  }
}
