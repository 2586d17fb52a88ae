import { randomUUID } from 'node:crypto';
import mongoose, { type Connection, type Model, type Schema } from 'mongoose';

const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';

/** A throwaway database on the real FerretDB/MongoDB of `scripts/infra.sh up`, for repository specs. */
export class TestDatabase {
  private connection: Connection | undefined;

  async open(label: string): Promise<void> {
    this.connection = await mongoose.createConnection(MONGO_URL, { dbName: `it_${label}_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 3000 }).asPromise();
  }

  /** The model with its indexes built (unique indexes are part of what is under test). */
  async model<T>(name: string, schema: Schema<T>): Promise<Model<T>> {
    if (!this.connection) throw new Error('open() first');
    const model = this.connection.model<T>(name, schema);
    await model.init();
    return model;
  }

  /** The open connection (for what takes one, such as an outbox relay). */
  get opened(): Connection {
    if (!this.connection) throw new Error('open() first');
    return this.connection;
  }

  async close(): Promise<void> {
    await this.connection?.dropDatabase();
    await this.connection?.close();
  }
}
