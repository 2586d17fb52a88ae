import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, toPage, type AuthUser, type GetReceiptRequest, type HistoryFilter, type HistoryPage, type HistoryRequest, type ReceiptResponse, type StartHistoryExportRequest, type StartHistoryExportResponse, hasPermission, ownsOrMay } from '@onstream/common';
import { toTransactionResponse, type LedgerEntry } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { HistoryExportStreamer } from './history-export.streamer.js';

/** Whose history a caller may read: their own; an admin also anyone's (filter.userId). */
function historyOwner(actor: AuthUser, filter: HistoryFilter): string {
  if (!filter.userId || filter.userId === actor.userId) return actor.userId;
  if (!hasPermission(actor, 'billing.admin')) throw new DomainError(ErrorCodes.Forbidden, 403, 'Only admins may read another user’s payments.');
  return filter.userId;
}

/** Payment history, receipts and the start of CSV exports. Balances are derived here. */
@Injectable()
export class TransactionsService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly exports: HistoryExportStreamer,
  ) {}

  startExport({ actor, filter, deliverTo }: StartHistoryExportRequest): StartHistoryExportResponse {
    const userId = historyOwner(actor, filter);
    this.exports.start({ ...filter, userId }, deliverTo);
    return { started: true };
  }

  async history({ actor, query }: HistoryRequest): Promise<HistoryPage> {
    const userId = historyOwner(actor, query);
    const { items, total } = await this.ledger.page({ ...query, userId }, (query.page - 1) * query.limit, query.limit);
    return toPage(items.map(toTransactionResponse), total, query);
  }

  async receipt({ actor, transactionId }: GetReceiptRequest): Promise<ReceiptResponse> {
    const entry = await this.ledger.findById(transactionId);
    if (!entry || !ownsOrMay(actor, entry.userId, 'billing.admin')) throw DomainError.notFound('The transaction');
    const refunds = entry.type === 'refund' ? [] : await this.ledger.refundsOf(entry._id);
    const refunded = refunds.filter((r) => r.status === 'completed').reduce((sum, r) => sum + r.amount, 0);
    return {
      receiptNumber: receiptNumber(entry),
      transaction: toTransactionResponse(entry),
      lines: [
        { description: entry.description, amount: entry.netAmount },
        { description: `Tax ${(entry.taxRate / 100).toFixed(2)} % (${entry.taxCountry})`, amount: entry.taxAmount },
      ],
      refunds: refunds.map(toTransactionResponse),
      balance: entry.status === 'completed' ? entry.amount - refunded : 0,
    };
  }
}

function receiptNumber(entry: LedgerEntry): string {
  const day = entry.createdAt.toISOString().slice(0, 10).replaceAll('-', '');
  return `R-${day}-${entry._id.slice(0, 8).toUpperCase()}`;
}
