import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors.js';

interface ClaimDocument {
  _id: string;
  owner: string;
  at: Date;
}

export type ClaimResult = { won: true } | { won: false; owner: string; at: Date };

/**
 * Exclusive claims on a key ("user U has a live subscription", "user U is buying video V"), held
 * by one owner id. Insert-first on `_id`, so of any number of concurrent claimants exactly one wins
 * (FerretDB has no partial unique indexes, so the claim lives in its own collection).
 */
@Injectable()
export class ClaimsRepository {
  private readonly claims;

  constructor(@InjectConnection() connection: Connection) {
    this.claims = connection.collection<ClaimDocument>('claims');
  }

  async claim(key: string, owner: string, at: Date): Promise<ClaimResult> {
    try {
      await this.claims.insertOne({ _id: key, owner, at });
      return { won: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const holder = await this.claims.findOne({ _id: key });
    // Released between our insert and this read: report it as held by nobody we know, caller retries.
    return holder ? { won: false, owner: holder.owner, at: holder.at } : { won: false, owner: '', at };
  }

  /**
   * Runs `work` while holding the key, then releases it; undefined (work not run) when another
   * owner holds it. A holder that died holding it loses it after `leaseMs` (wall clock).
   */
  async exclusively<T>(key: string, leaseMs: number, work: () => Promise<T>): Promise<T | undefined> {
    const owner = randomUUID();
    let claim = await this.claim(key, owner, new Date());
    if (!claim.won && claim.owner && Date.now() - claim.at.getTime() > leaseMs) {
      await this.release(key, claim.owner);
      claim = await this.claim(key, owner, new Date());
    }
    if (!claim.won) return undefined;
    try {
      return await work();
    } finally {
      await this.release(key, owner);
    }
  }

  /** Releases only if `owner` still holds it, so a stale release never frees someone else's claim. */
  async release(key: string, owner: string): Promise<void> {
    await this.claims.deleteOne({ _id: key, owner });
  }
}
