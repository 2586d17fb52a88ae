import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { SessionLedger } from './session-claim.js';

const DUPLICATE_KEY = 11000;

@Injectable()
export class SessionLedgerRepository {
  private readonly ledgers;

  constructor(@InjectConnection() connection: Connection) {
    this.ledgers = connection.collection<SessionLedger>('session_ledgers');
  }

  find(sessionId: string): Promise<SessionLedger | null> {
    return this.ledgers.findOne({ _id: sessionId });
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
