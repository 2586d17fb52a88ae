import { nameBasedUuid } from '../intent-id.js';
import type { OutboxEvent, TransactionResponse, TransactionStatus, TransactionType } from '@onstream/common';

/** What a ledger entry pays for; lets a late webhook finish the right thing. */
export type EntryPurpose =
  | { kind: 'subscription'; subscriptionId: string; stage: 'initial' | 'renewal' | 'plan_change' }
  | { kind: 'ppv'; purchaseId: string; videoId: string; creatorId: string }
  | { kind: 'refund' }
  | { kind: 'payout'; creatorId: string; period: string }
  /** One ad impression (one break of one playback session), worth cpmMinor / 1000 minor units. */
  | { kind: 'ad'; videoId: string; creatorId: string; sessionId: string; breakId: string; cpmMinor: number };

/**
 * One immutable money movement. Amounts, tax and purpose never change after insert; only a
 * pending entry's outcome (status, provider id, failure) is written once it is known.
 */
export interface LedgerEntry {
  _id: string;
  /** Unique: one entry per charge attempt (also the provider idempotency key); `_id` derives from it. */
  key: string;
  userId: string;
  type: TransactionType;
  status: TransactionStatus;
  amount: number;
  netAmount: number;
  taxAmount: number;
  taxRate: number;
  taxCountry: string;
  currency: string;
  method: string;
  provider: string;
  providerPaymentId?: string;
  /** Time of the provider event that last set the status (out-of-order webhooks lose to newer ones). */
  providerEventAt?: Date;
  requiresAction?: boolean;
  failureCode?: string;
  /** Payouts: the bank reference or failure reason given when the payout was settled. */
  note?: string;
  description: string;
  purpose: EntryPurpose;
  refundOf?: string;
  /**
   * Refunds: set when inserted, removed once the outcome is recorded and the purchase has followed
   * it; reconciliation finishes a refund whose attempt stopped between two writes.
   */
  unfinishedSince?: Date;
  metadata: Record<string, string>;
  createdAt: Date;
  /** Events of its outcome not yet published (the transactional outbox). */
  outbox?: OutboxEvent[];
  outboxAt?: Date;
}

export function toTransactionResponse(entry: LedgerEntry): TransactionResponse {
  return {
    id: entry._id,
    userId: entry.userId,
    type: entry.type,
    status: entry.status,
    amount: entry.amount,
    netAmount: entry.netAmount,
    taxAmount: entry.taxAmount,
    taxRate: entry.taxRate,
    taxCountry: entry.taxCountry,
    currency: entry.currency,
    method: entry.method,
    description: entry.description,
    ...(entry.refundOf ? { refundOf: entry.refundOf } : {}),
    ...(entry.status === 'pending' && entry.requiresAction && entry.providerPaymentId ? { nextAction: { type: 'authenticate' as const, providerPaymentId: entry.providerPaymentId } } : {}),
    ...(entry.failureCode ? { failureCode: entry.failureCode } : {}),
    metadata: entry.metadata,
    createdAt: entry.createdAt.toISOString(),
  };
}

/** The ledger id of a charge attempt, derived from its key: every retry of one intent names the same entry. */
export function ledgerIdOf(key: string): string {
  return nameBasedUuid(`ledger\n${key}`);
}
