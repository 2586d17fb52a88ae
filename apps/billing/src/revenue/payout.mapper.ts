import type { PayoutResponse } from '@onstream/common';
import type { LedgerEntry } from '../ledger/ledger-entry.js';

/** A payout ledger entry on the wire. */
export function toPayoutResponse(entry: LedgerEntry): PayoutResponse {
  const purpose = entry.purpose.kind === 'payout' ? entry.purpose : { creatorId: entry.userId, period: entry.createdAt.toISOString().slice(0, 7) };
  return {
    id: entry._id,
    creatorId: purpose.creatorId,
    period: purpose.period,
    currency: entry.currency,
    amount: entry.amount,
    status: entry.status === 'completed' || entry.status === 'pending' ? entry.status : 'failed',
    ...(entry.note ? { note: entry.note } : {}),
    createdAt: entry.createdAt.toISOString(),
  };
}
