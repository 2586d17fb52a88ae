import { LRUCache } from 'lru-cache';
import type { SessionLedger } from './session-claim.js';

/**
 * The session ledgers this process wrote last, as it wrote them (ADR 0038), bounded by the claims
 * they hold (a ledger's size grows with its events). Only a hint: every update made from a cached
 * ledger is guarded by the ledger's version, so an entry gone stale (another process wrote since)
 * makes that update miss and the caller read the ledger again. Within the process `SessionLocks`
 * keeps one writer per session, so between two of its own writes nothing here can go stale.
 */
export class LedgerCache {
  private readonly ledgers: LRUCache<string, SessionLedger> | null;

  /** `maxClaims` 0 turns the cache off (every continuing session is read). */
  constructor(maxClaims: number) {
    this.ledgers = maxClaims > 0 ? new LRUCache<string, SessionLedger>({ maxSize: maxClaims, sizeCalculation: (ledger) => Object.keys(ledger.claims).length + 1 }) : null;
  }

  get(sessionId: string): SessionLedger | undefined {
    return this.ledgers?.get(sessionId);
  }

  /** Called only after the store confirmed the write that produced `ledger`. */
  remember(ledger: SessionLedger): void {
    this.ledgers?.set(ledger._id, ledger);
  }

  /** Called before a write whose outcome is not yet known: a failed or unanswered write must leave no entry. */
  forget(sessionId: string): void {
    this.ledgers?.delete(sessionId);
  }

  get size(): number {
    return this.ledgers?.size ?? 0;
  }
}
