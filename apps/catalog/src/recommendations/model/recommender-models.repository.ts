import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { RecommenderItem, RecommenderModel } from '@onstream/common/schemas/recommender-model.schema.js';
import type { Model } from 'mongoose';
import { popularityOrder, type ItemModel } from './item-model.js';

/** A stored row as the driver returns it: binary fields come back as BSON Binary. */
interface StoredItemRow {
  position: number;
  titleId: string;
  interactions: number;
  neighbours: StoredBytes;
  weights: StoredBytes;
}
type StoredBytes = Uint8Array | { buffer: Uint8Array };

/** A typed array's bytes as a Buffer, without copying. */
const packed = (values: Int32Array | Float32Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);
/** A fresh, aligned copy of stored bytes (a Buffer may be a view into a shared pool), ready to view as Int32Array or Float32Array. */
const unpacked = (stored: StoredBytes) => new Uint8Array(stored instanceof Uint8Array ? stored : stored.buffer).buffer;

export interface StoredModelInfo {
  _id: string;
  trainedAt: Date;
  items: number;
  signals: number;
}

/** Item rows per insertMany: a few MB at 300 neighbours each. */
const WRITE_BATCH = 500;
/** Ready models kept: the one served and the one before it (a replica may still be loading it). */
const KEEP_READY = 2;

/** Trained models in Mongo: one document per model and one per item, so no document nears 16 MB. */
@Injectable()
export class RecommenderModelsRepository {
  constructor(
    @InjectModel(RecommenderModel.name) private readonly models: Model<RecommenderModel>,
    @InjectModel(RecommenderItem.name) private readonly items: Model<RecommenderItem>,
  ) {}

  /** Writes the model's rows, then marks it ready: a run that stops in between leaves nothing servable. */
  async save(version: string, model: ItemModel<string>, trainedAt: Date, signals: number): Promise<void> {
    await this.models.create({ _id: version, state: 'building', trainedAt, items: model.itemIds.length, signals });
    for (let start = 0; start < model.itemIds.length; start += WRITE_BATCH) {
      const rows = model.itemIds.slice(start, start + WRITE_BATCH).map((titleId, offset) => {
        const at = start + offset;
        return {
          _id: `${version}:${titleId}`,
          version,
          position: at,
          titleId,
          interactions: model.interactions[at],
          neighbours: packed(model.neighbours[at]),
          weights: packed(model.weights[at]),
        };
      });
      await this.items.insertMany(rows, { ordered: false });
    }
    await this.models.updateOne({ _id: version }, { $set: { state: 'ready' } }).exec();
  }

  async latestReady(): Promise<StoredModelInfo | null> {
    return this.models.findOne({ state: 'ready' }, { state: 0 }).sort({ trainedAt: -1, _id: -1 }).lean<StoredModelInfo>().exec();
  }

  /** The model of that version as it was trained. */
  async load(version: string): Promise<ItemModel<string>> {
    const rows = await this.items.find({ version }, { _id: 0, position: 1, titleId: 1, interactions: 1, neighbours: 1, weights: 1 }).lean<StoredItemRow[]>().exec();
    rows.sort((a, b) => a.position - b.position);
    if (rows.some((row, at) => row.position !== at)) throw new Error(`recommender model ${version} has missing rows`);
    const interactions = Int32Array.from(rows, (row) => row.interactions);
    return {
      itemIds: rows.map((row) => row.titleId),
      neighbours: rows.map((row) => new Int32Array(unpacked(row.neighbours))),
      weights: rows.map((row) => new Float32Array(unpacked(row.weights))),
      interactions,
      popular: popularityOrder(interactions),
    };
  }

  /** Deletes models older than the newest ready ones, and unfinished ones from runs that died. */
  async prune(now: Date, staleBuildingAfterMs: number): Promise<void> {
    const ready = await this.models.find({ state: 'ready' }, { _id: 1 }).sort({ trainedAt: -1, _id: -1 }).lean<Array<{ _id: string }>>().exec();
    const building = await this.models.find({ state: 'building', trainedAt: { $lt: new Date(now.getTime() - staleBuildingAfterMs) } }, { _id: 1 }).lean<Array<{ _id: string }>>().exec();
    const doomed = [...ready.slice(KEEP_READY), ...building].map((model) => model._id);
    if (doomed.length === 0) return;
    // Rows first: a model document without rows is never left behind as ready.
    await this.items.deleteMany({ version: { $in: doomed } }).exec();
    await this.models.deleteMany({ _id: { $in: doomed } }).exec();
  }
}
