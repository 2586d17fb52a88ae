import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { mapInChunks } from '@onstream/common';
import type { SessionLedger } from './session-claim.js';

const DUPLICATE_KEY = 11000;

function isOnlyDuplicateKeys(error: unknown): boolean {
  const raw = (error as { writeErrors?: { code?: number } | Array<{ code?: number }> }).writeErrors;
  const writeErrors = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return writeErrors.length > 0 ? writeErrors.every((e) => e.code === DUPLICATE_KEY) : (error as { code?: number }).code === DUPLICATE_KEY;
}

@Injectable()
export class SessionLedgerRepository implements OnModuleInit {
  private readonly ledgers;

  constructor(@InjectConnection() connection: Connection) {
    this.ledgers = connection.collection<SessionLedger>('session_ledgers');
  }

  async onModuleInit(): Promise<void> {
    await this.ledgers.createIndex({ writtenAt: 1 });
  }

  /** Deletes the ledgers last written before `cutoff` (ADR 0040); how many went. */
  async deleteWrittenBefore(cutoff: Date): Promise<number> {
    const result = await this.ledgers.deleteMany({ writtenAt: { $lt: cutoff } });
    return result.deletedCount;
  }

  find(sessionId: string): Promise<SessionLedger | null> {
    return this.ledgers.findOne({ _id: sessionId });
  }

  /**
   * The ledgers that exist among `sessionIds`, each read by its id (16 in flight): an equality on
   * `_id` is served by an index on MongoDB and on FerretDB (ADR 0034), where an `$in` scans the
   * whole collection, once per chunk.
   */
  async findMany(sessionIds: string[]): Promise<Map<string, SessionLedger>> {
    const ledgers = await mapInChunks(sessionIds, ([id]) => this.ledgers.findOne({ _id: id }), 1);
    return new Map(ledgers.flatMap((ledger) => (ledger ? [[ledger._id, ledger] as const] : [])));
  }

  /**
   * Creates new ledgers in one write. False when any of them already existed: which ones is not
   * taken from the error (FerretDB's report of a partly failed unordered insert is not relied on),
   * so the caller re-reads them all.
   */
  async createMany(ledgers: SessionLedger[]): Promise<boolean> {
    if (ledgers.length === 0) return true;
    try {
      await this.ledgers.insertMany(ledgers, { ordered: false });
      return true;
    } catch (error) {
      if (!isOnlyDuplicateKeys(error)) throw error;
      return false;
    }
  }

  /** False when another batch created the ledger first. */
  async create(ledger: SessionLedger): Promise<boolean> {
    try {
      await this.ledgers.insertOne(ledger);
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  /** Applies `sets` only if every guard still holds; false when another batch got there first. */
  async updateIfUnclaimed(sessionId: string, guards: Record<string, unknown>, sets: Record<string, unknown>): Promise<boolean> {
    const result = await this.ledgers.updateOne({ _id: sessionId, ...guards }, { $set: sets });
    return result.matchedCount === 1;
  }
}
