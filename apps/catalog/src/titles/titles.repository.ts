import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { SortOrder, TitleSort, TitleType } from '@onstream/common';
import { Title, type OwnStream } from '@onstream/common/schemas/title.schema.js';
import { Types, type QueryFilter, type Model } from 'mongoose';
import { isDeepStrictEqual } from 'node:util';
import type { ProviderDataFields } from './title-fields.js';
import type { StoredTitle } from './title.mapper.js';

/**
 * What a list may be narrowed by; every field optional. Built by services; the browse index applies
 * it, and toMongoFilter for the few reads left in Mongo.
 */
export interface TitleListFilter {
  types: readonly TitleType[];
  genres?: string[];
  yearFrom?: number;
  yearTo?: number;
  language?: string;
  ratingMin?: number;
  ratingMax?: number;
  certificationKey?: string;
  maxMaturityRank: number;
  featured?: boolean;
  excludeIds?: string[];
  /** Allow-list: only these ids (an empty list matches nothing). */
  onlyIds?: string[];
  excludeTags?: string[];
  /** `COUNTRY:PROVIDER_ID` keys: titles included in any of these subscriptions. */
  providerKeys?: string[];
}

export interface TitleOrder {
  sort: TitleSort;
  order: SortOrder;
}

/** Lists skip the heavy arrays; details read the whole document. */
const SUMMARY_PROJECTION = { cast: 0, crew: 0, keywords: 0, overview: 0, certifications: 0 } as const;

export function toMongoFilter(filter: TitleListFilter): QueryFilter<Title> {
  const query: QueryFilter<Title> = { type: { $in: [...filter.types] }, maturityRank: { $lte: filter.maxMaturityRank }, hidden: { $ne: true } };
  if (filter.genres?.length) query.genres = { $in: filter.genres };
  if (filter.yearFrom !== undefined || filter.yearTo !== undefined) {
    query.releaseYear = { ...(filter.yearFrom !== undefined && { $gte: filter.yearFrom }), ...(filter.yearTo !== undefined && { $lte: filter.yearTo }) };
  }
  if (filter.language) query.$or = [{ originalLanguage: filter.language }, { languages: filter.language }];
  if (filter.ratingMin !== undefined || filter.ratingMax !== undefined) {
    query.voteAverage = { ...(filter.ratingMin !== undefined && { $gte: filter.ratingMin }), ...(filter.ratingMax !== undefined && { $lte: filter.ratingMax }) };
  }
  if (filter.certificationKey) query.certificationKeys = filter.certificationKey;
  if (filter.featured !== undefined) query.featured = filter.featured;
  if (filter.providerKeys) query.providerKeys = { $in: filter.providerKeys };
  if (filter.excludeIds?.length) query._id = { $nin: filter.excludeIds.map((id) => new Types.ObjectId(id)) };
  if (filter.onlyIds) query._id = { ...(filter.excludeIds?.length && { $nin: filter.excludeIds.map((id) => new Types.ObjectId(id)) }), $in: filter.onlyIds.map((id) => new Types.ObjectId(id)) };
  if (filter.excludeTags?.length) query.tags = { $nin: filter.excludeTags };
  return query;
}

const UPDATE_CHUNK = 25;

/** `{'a.b': 1}` → `{a: {b: 1}}`: $set paths become a document for inserts. */
function expandDottedKeys(flat: Record<string, unknown>): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    let target = document;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts[parts.length - 1] ?? path] = value;
  }
  return document;
}

/** The value at a dotted path of a stored document; a missing field reads as null, like an unset one. */
function valueAt(document: Record<string, unknown>, path: string): unknown {
  let value: unknown = document;
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value ?? null;
}

/** Whether writing `set` would change the stored document. */
function changes(stored: Record<string, unknown>, set: Record<string, unknown>): boolean {
  return Object.entries(set).some(([path, value]) => !isDeepStrictEqual(valueAt(stored, path), value ?? null));
}

/** What the in-process indexes need of a title: the whole document but its long texts and provider lists. */
const INDEXED_FIELDS = { overview: 0, certifications: 0, watchProviders: 0 } as const;

/** A title deletion, kept a while so every replica's index drops it even if it missed the broadcast. */
interface TitleDeletion {
  _id: string;
  deletedAt: Date;
}

@Injectable()
export class TitlesRepository implements OnModuleInit {
  private readonly deletions;

  constructor(@InjectModel(Title.name) private readonly titles: Model<Title>) {
    this.deletions = titles.db.collection<TitleDeletion>('title_deletions');
  }

  async onModuleInit(): Promise<void> {
    await this.deletions.createIndex({ deletedAt: 1 });
  }

  async findById(id: string): Promise<StoredTitle | null> {
    return this.titles.findById(id).lean<StoredTitle>().exec();
  }

  /** TMDb ids are unique per kind (movie 1399 and series 1399 differ): pass the type when known. */
  async findByTmdbId(tmdbId: number, type?: TitleType): Promise<StoredTitle | null> {
    return this.titles.findOne({ 'externalIds.tmdb': tmdbId, ...(type && { type }) }).lean<StoredTitle>().exec();
  }

  async findByIds(ids: string[]): Promise<StoredTitle[]> {
    // One title (every staff edit, on every replica) by equality: FerretDB scans the collection for any `$in` (ADR 0034).
    if (ids.length === 1) return this.titles.find({ _id: new Types.ObjectId(ids[0]) }).lean<StoredTitle[]>().exec();
    return this.titles.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean<StoredTitle[]>().exec();
  }

  /** Sets the moderation flag; null when there is no such title. */
  async setHidden(id: string, hidden: boolean): Promise<StoredTitle | null> {
    return this.titles.findByIdAndUpdate(id, { $set: { hidden } }, { returnDocument: 'after' }).lean<StoredTitle>().exec();
  }

  /** Parent, grandparent… of a season or episode, nearest first (at most a few reads). */
  async ancestorsOf(title: StoredTitle): Promise<StoredTitle[]> {
    const ancestors: StoredTitle[] = [];
    for (let parentId = title.parentId; parentId && ancestors.length < 3; ) {
      const parent = await this.titles.findById(parentId, { _id: 1, parentId: 1, maturityRank: 1, tags: 1 }).lean<StoredTitle>().exec();
      if (!parent) break;
      ancestors.push(parent);
      parentId = parent.parentId;
    }
    return ancestors;
  }

  /** Adds or removes one tag; null when the title does not exist. (FerretDB takes no projection on findAndModify.) */
  async setTag(id: string, slug: string, present: boolean): Promise<StoredTitle | null> {
    const update = present ? { $addToSet: { tags: slug } } : { $pull: { tags: slug } };
    return this.titles.findByIdAndUpdate(id, update, { returnDocument: 'after' }).lean<StoredTitle>().exec();
  }

  /** Removes a tag from every title; returns the ids it was on. */
  async removeTagEverywhere(slug: string): Promise<string[]> {
    const tagged = await this.titles.find({ tags: slug }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>().exec();
    if (tagged.length > 0) await this.titles.updateMany({ tags: slug }, { $pull: { tags: slug } }).exec();
    return tagged.map((title) => title._id.toHexString());
  }

  /** Titles per content tag. */
  async countByTag(): Promise<Map<string, number>> {
    const rows = await this.titles.aggregate<{ _id: string; count: number }>([{ $match: { tags: { $exists: true, $ne: [] } } }, { $unwind: '$tags' }, { $group: { _id: '$tags', count: { $sum: 1 } } }]).exec();
    return new Map(rows.map((row) => [row._id, row.count]));
  }

  /** Titles a person is credited in (cast or crew), within the filter; whole documents (credits needed). */
  async creditsOf(personId: string, filter: TitleListFilter, limit: number): Promise<StoredTitle[]> {
    const id = new Types.ObjectId(personId);
    const credited: QueryFilter<Title> = { $or: [{ 'cast.personId': id }, { 'crew.personId': id }] };
    return this.titles.find({ $and: [toMongoFilter(filter), credited] }, { overview: 0, keywords: 0, certifications: 0 }).limit(limit).lean<StoredTitle[]>().exec();
  }

  /** `id` lets a caller make creation a unique-key decision (e.g. one title per media video). */
  async create(title: Omit<Title, 'createdAt' | 'updatedAt' | ProviderDataFields>, id?: Types.ObjectId): Promise<StoredTitle> {
    const created = await this.titles.create(id ? { _id: id, ...title } : title);
    return created.toObject<StoredTitle>();
  }

  async update(id: string, changes: Partial<Title>): Promise<StoredTitle | null> {
    return this.titles.findByIdAndUpdate(id, { $set: changes }, { returnDocument: 'after', runValidators: true }).lean<StoredTitle>().exec();
  }

  /**
   * Removes the title and everything under it (seasons, episodes); returns the removed ids. Each removal
   * is recorded first (`title_deletions`, ADR 0041), so replicas that miss the broadcast still drop them;
   * stamped by this process's clock, as Mongoose stamps `updatedAt`.
   */
  async deleteTree(id: string): Promise<string[]> {
    const ids = [new Types.ObjectId(id)];
    for (let level = ids; level.length > 0; ) {
      const children = await this.titles.find({ parentId: { $in: level } }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>().exec();
      level = children.map((child) => child._id);
      ids.push(...level);
    }
    const removed = ids.map((objectId) => objectId.toHexString());
    await this.deletions.bulkWrite(removed.map((removedId) => ({ updateOne: { filter: { _id: removedId }, update: { $set: { deletedAt: new Date() } }, upsert: true } })), { ordered: false });
    await this.titles.deleteMany({ _id: { $in: ids } }).exec();
    return removed;
  }

  /** The titles written at or after `since`, in batches, as the indexes need them (like scanAll). */
  scanChangedSince(since: Date, batchSize = 2000): AsyncGenerator<StoredTitle[]> {
    return this.scan({ updatedAt: { $gte: since } }, batchSize);
  }

  /** Ids of the titles deleted at or after `since`. */
  async deletedSince(since: Date): Promise<string[]> {
    return (await this.deletions.find({ deletedAt: { $gte: since } }, { projection: { _id: 1 } }).toArray()).map((deletion) => deletion._id);
  }

  /** Forgets the deletions recorded before `before`; replicas further behind than that rebuild. */
  async forgetDeletionsBefore(before: Date): Promise<void> {
    await this.deletions.deleteMany({ deletedAt: { $lt: before } });
  }

  async findByMediaVideoId(videoId: string): Promise<StoredTitle[]> {
    return this.titles.find({ mediaVideoId: videoId }, SUMMARY_PROJECTION).lean<StoredTitle[]>().exec();
  }

  /** Sets (or with null clears) the own stream of every title linked to the media video. */
  /** The caption languages of the video's stream, on every title streaming it. */
  async setStreamCaptions(videoId: string, languages: string[]): Promise<void> {
    await this.titles.updateMany({ mediaVideoId: videoId, stream: { $ne: null } }, { $set: { 'stream.captionLanguages': languages } }).exec();
  }

  async setStream(videoId: string, stream: OwnStream | null): Promise<void> {
    await this.titles.updateMany({ mediaVideoId: videoId }, { $set: { stream } }).exec();
  }

  async count(): Promise<number> {
    return this.titles.estimatedDocumentCount().exec();
  }

  /**
   * Upserts a batch by _id and returns how many titles it inserted or changed: one query reads the
   * stored fields, new titles go in with one insertMany, and only titles whose fields differ get an
   * update. Skipping unchanged titles matters on FerretDB 1.24's SQLite backend: its `_id` lookups
   * do not use the `_id` index (the index is on `sjson->"_id"`, queries filter on `sjson->'$._id'`),
   * so every single update scans the whole collection. Idempotent: a resumed batch may be sent twice.
   */
  async upsertBatch(writes: Array<{ _id: Types.ObjectId; set: Record<string, unknown>; setOnInsert: Record<string, unknown> }>): Promise<number> {
    if (writes.length === 0) return 0;
    const fields = Object.fromEntries(writes.flatMap((write) => Object.keys(write.set)).map((path) => [path, 1]));
    const existing = await this.titles.find({ _id: { $in: writes.map((write) => write._id) } }, fields).lean<Array<Record<string, unknown> & { _id: Types.ObjectId }>>().exec();
    const stored = new Map(existing.map((title) => [title._id.toHexString(), title]));
    const fresh = writes.filter((write) => !stored.has(write._id.toHexString()));
    const stale = writes.filter((write) => {
      const current = stored.get(write._id.toHexString());
      return current !== undefined && changes(current, write.set);
    });
    if (fresh.length > 0) await this.titles.insertMany(fresh.map((write) => expandDottedKeys({ _id: write._id, ...write.setOnInsert, ...write.set })), { ordered: false });
    // Small update batches: each update is a collection scan on FerretDB (above).
    for (let start = 0; start < stale.length; start += UPDATE_CHUNK) {
      const chunk = stale.slice(start, start + UPDATE_CHUNK);
      await this.titles.bulkWrite(chunk.map((write) => ({ updateOne: { filter: { _id: write._id }, update: { $set: write.set } } })), { ordered: false });
    }
    return fresh.length + stale.length;
  }

  /** Every title, in batches, for building the in-process indexes: one cursor, no sort (FerretDB sorts in memory). */
  scanAll(batchSize = 2000): AsyncGenerator<StoredTitle[]> {
    return this.scan({}, batchSize);
  }

  private async *scan(filter: QueryFilter<Title>, batchSize: number): AsyncGenerator<StoredTitle[]> {
    let batch: StoredTitle[] = [];
    for await (const title of this.titles.find(filter, INDEXED_FIELDS).lean<StoredTitle[]>().cursor({ batchSize })) {
      batch.push(title as StoredTitle);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Titles per genre among the given types (for the genres collection). */
  async countByGenre(types: readonly TitleType[]): Promise<Map<string, number>> {
    const rows = await this.titles
      .aggregate<{ _id: string; count: number }>([{ $match: { type: { $in: [...types] } } }, { $unwind: '$genres' }, { $group: { _id: '$genres', count: { $sum: 1 } } }])
      .exec();
    return new Map(rows.map((row) => [row._id, row.count]));
  }
}
