import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { MaturityLevel, TitleType } from '@onstream/common';
import { Title, type TmdbTrendingRanks, type WatchProvidersEntry } from '@onstream/common/schemas/title.schema.js';
import { WatchProvider } from '@onstream/common/schemas/watch-provider.schema.js';
import { Types, type Model } from 'mongoose';
import type { TitleFields } from '../titles/title-fields.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import { toMongoFilter, type TitleListFilter } from '../titles/titles.repository.js';

/** What a sync needs to know of a title that has a TMDb id. */
export interface TmdbLinkedTitle {
  id: string;
  type: TitleType;
  tmdbId: number;
  maturityLevel?: MaturityLevel;
}

export interface KnownWatchProvider {
  providerId: number;
  name: string;
  logoPath: string | null;
  displayPriority: number;
  countries: string[];
}

const DUPLICATE_KEY = 11000;

/** Writes of provider-sourced data (TV children, where to watch, TMDb ranks) and the provider catalogue. */
@Injectable()
export class ProviderDataRepository {
  constructor(
    @InjectModel(Title.name) private readonly titles: Model<Title>,
    @InjectModel(WatchProvider.name) private readonly providers: Model<WatchProvider>,
  ) {}

  findByTmdbId(type: TitleType, tmdbId: number): Promise<StoredTitle | null> {
    return this.titles.findOne({ type, 'externalIds.tmdb': tmdbId }).lean<StoredTitle>().exec();
  }

  /**
   * Creates or refreshes a season/episode matched by type and TMDb id; idempotent. Children carry no
   * credits of their own. (FerretDB 1.24 takes no projection on findAndModify and dropped $setOnInsert arrays here.)
   */
  /** Writes a season or episode matched by TMDb id; `created` tells a new child from a refreshed one. */
  async upsertChild(fields: TitleFields, parentId: Types.ObjectId): Promise<{ title: StoredTitle; created: boolean }> {
    const tmdbId = fields.externalIds.tmdb;
    if (tmdbId === undefined) throw new Error('a provider child needs a TMDb id');
    const match = { type: fields.type, 'externalIds.tmdb': tmdbId };
    // Checked before the upsert: FerretDB's findAndModify metadata is not relied on. Two imports of one
    // series at once could both see "new"; the notification for it is deduplicated by episode id.
    const existed = (await this.titles.exists(match).exec()) !== null;
    const title = await this.titles
      .findOneAndUpdate(match, { $set: { ...fields, parentId, cast: [], crew: [] } }, { upsert: true, returnDocument: 'after' })
      .lean<StoredTitle>()
      .orFail()
      .exec();
    return { title, created: !existed };
  }

  async setWatchProviders(id: string, entries: WatchProvidersEntry[], now: Date): Promise<void> {
    const providerKeys = [...new Set(entries.flatMap((entry) => entry.flatrate.map((offer) => `${entry.country}:${offer.providerId}`)))];
    await this.titles.updateOne({ _id: new Types.ObjectId(id) }, { $set: { watchProviders: entries, providerKeys, watchProvidersUpdatedAt: now } }).exec();
  }

  async setImages(id: string, images: { posterPath: string | null; backdropPath: string | null }): Promise<void> {
    await this.titles.updateOne({ _id: new Types.ObjectId(id) }, { $set: images }).exec();
  }

  async setListStats(type: TitleType, tmdbId: number, stats: { popularity: number; voteAverage: number; voteCount: number }): Promise<void> {
    await this.titles.updateOne({ type, 'externalIds.tmdb': tmdbId }, { $set: stats }).exec();
  }

  /**
   * Sets this window's ranks (title id → rank) and clears the window on every title no longer listed;
   * returns the ids it cleared, so the caller can announce them with the ones it ranked.
   */
  async replaceTrendingRanks(window: keyof TmdbTrendingRanks, ranks: Map<string, number>): Promise<string[]> {
    const field = `tmdbTrending.${window}`;
    for (const [id, rank] of ranks) await this.titles.updateOne({ _id: new Types.ObjectId(id) }, { $set: { [field]: rank } }).exec();
    const listed = [...ranks.keys()].map((id) => new Types.ObjectId(id));
    const dropped = await this.titles.find({ [field]: { $ne: null }, _id: { $nin: listed } }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>().exec();
    if (dropped.length === 0) return [];
    await this.titles.updateMany({ _id: { $in: dropped.map((title) => title._id) } }, { $set: { [field]: null } }).exec();
    return dropped.map((title) => title._id.toHexString());
  }

  /**
   * The titles TMDb ranks in this trending window, best first, within a list filter: the trending
   * feed's fallback when analytics has too little data.
   */
  topByTmdbTrending(window: keyof TmdbTrendingRanks, filter: TitleListFilter, limit: number): Promise<StoredTitle[]> {
    const field = `tmdbTrending.${window}`;
    return this.titles
      .find({ ...toMongoFilter(filter), [field]: { $gte: 1 } }, { cast: 0, crew: 0, keywords: 0, overview: 0, certifications: 0, watchProviders: 0 })
      .sort({ [field]: 1, _id: 1 })
      .limit(limit)
      .lean<StoredTitle[]>()
      .exec();
  }

  countLinked(types: readonly TitleType[]): Promise<number> {
    return this.titles.countDocuments({ type: { $in: [...types] }, 'externalIds.tmdb': { $gt: 0 } }).exec();
  }

  /** Titles of these types that have a TMDb id, in batches over one cursor (no sort: FerretDB sorts in memory). */
  async *scanLinked(types: readonly TitleType[], batchSize = 100): AsyncGenerator<TmdbLinkedTitle[]> {
    let batch: TmdbLinkedTitle[] = [];
    const cursor = this.titles
      .find({ type: { $in: [...types] }, 'externalIds.tmdb': { $gt: 0 } }, { _id: 1, type: 1, 'externalIds.tmdb': 1, maturityLevel: 1 })
      .lean<Array<{ _id: Types.ObjectId; type: TitleType; externalIds: { tmdb: number }; maturityLevel: MaturityLevel }>>()
      .cursor({ batchSize });
    for await (const title of cursor) {
      batch.push({ id: title._id.toHexString(), type: title.type, tmdbId: title.externalIds.tmdb, maturityLevel: title.maturityLevel });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Records the providers seen in these entries (name, logo, countries); safe to repeat. */
  async rememberProviders(entries: WatchProvidersEntry[]): Promise<void> {
    const seen = new Map<number, { name: string; logoPath: string | null; displayPriority: number; countries: Set<string> }>();
    for (const entry of entries) {
      for (const offer of [...entry.flatrate, ...entry.rent, ...entry.buy]) {
        const known = seen.get(offer.providerId) ?? { name: offer.name, logoPath: offer.logoPath, displayPriority: offer.displayPriority, countries: new Set<string>() };
        known.countries.add(entry.country);
        seen.set(offer.providerId, known);
      }
    }
    for (const [providerId, provider] of seen) {
      const write = () =>
        this.providers
          .updateOne(
            { _id: providerId },
            { $set: { name: provider.name, logoPath: provider.logoPath, displayPriority: provider.displayPriority }, $addToSet: { countries: { $each: [...provider.countries] } } },
            { upsert: true },
          )
          .exec();
      // Two first sightings of one provider at once: the loser's insert hits the unique _id, and a plain update then applies.
      await write().catch((error: unknown) => {
        if ((error as { code?: number }).code === DUPLICATE_KEY) return write();
        throw error;
      });
    }
  }

  async listProviders(country?: string): Promise<KnownWatchProvider[]> {
    const rows = await this.providers
      .find(country ? { countries: country } : {})
      .sort({ displayPriority: 1, name: 1 })
      .limit(1000)
      .lean<Array<{ _id: number; name: string; logoPath: string | null; displayPriority: number; countries: string[] }>>()
      .exec();
    return rows.map((row) => ({ providerId: row._id, name: row.name, logoPath: row.logoPath, displayPriority: row.displayPriority, countries: [...row.countries].sort() }));
  }

  /** The ids among these that are not known providers. */
  async unknownProviderIds(ids: number[]): Promise<number[]> {
    const known = new Set((await this.providers.find({ _id: { $in: ids } }, { _id: 1 }).lean<Array<{ _id: number }>>().exec()).map((row) => row._id));
    return ids.filter((id) => !known.has(id));
  }
}
