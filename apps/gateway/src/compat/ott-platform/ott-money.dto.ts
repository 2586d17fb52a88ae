import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMeta, TransactionStatuses, type HistoryPage, type TransactionResponse, type TransactionStatus, type TransactionType } from '@onstream/common';

/** Our ledger types in seed 004's words; refunds and payouts, which it does not name, keep ours. */
const OTT_TYPE: Record<TransactionType, OttTransactionType> = { charge: 'subscription', ppv: 'ppv', refund: 'refund', payout: 'payout', ad_revenue: 'ad_revenue' };
export const OttTransactionTypes = ['subscription', 'ppv', 'ad_revenue', 'refund', 'payout'] as const;
export type OttTransactionType = (typeof OttTransactionTypes)[number];

export class OttTaxInfo {
  @ApiProperty({ description: 'Tax in currency units (included in amount).', example: 1.6 }) amount!: number;
  @ApiProperty({ description: 'Tax rate in percent.', example: 19 }) rate!: number;
  @ApiProperty({ example: 'DE' }) country!: string;
}

/** Seed 004's transaction schema. */
export class OttTransaction {
  @ApiProperty({ format: 'uuid' }) _id!: string;
  @ApiProperty() userId!: string;
  @ApiPropertyOptional({ description: 'Pay-per-view and payouts.' }) creatorId?: string;
  @ApiPropertyOptional({ description: 'Pay-per-view.' }) videoId?: string;
  @ApiProperty({ enum: OttTransactionTypes }) type!: OttTransactionType;
  @ApiProperty({ description: 'Total in currency units, tax included.', example: 9.99 }) amount!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: TransactionStatuses }) status!: TransactionStatus;
  @ApiProperty({ example: 'sandbox:card' }) paymentMethod!: string;
  @ApiProperty({ type: OttTaxInfo }) taxInfo!: OttTaxInfo;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) metadata!: Record<string, string>;
  @ApiProperty({ format: 'date-time' }) timestamp!: string;
}

export class OttTransactionPage {
  @ApiProperty({ type: [OttTransaction] }) items!: OttTransaction[];
  @ApiProperty({ type: PageMeta }) meta!: PageMeta;
}

/** Minor units (cents) to the currency units seed 004's numbers are in. */
const major = (minor: number) => minor / 100;

export function toOttTransaction(transaction: TransactionResponse): OttTransaction {
  const { creatorId, videoId } = transaction.metadata;
  return {
    _id: transaction.id,
    userId: transaction.userId,
    ...(creatorId && { creatorId }),
    ...(videoId && { videoId }),
    type: OTT_TYPE[transaction.type],
    amount: major(transaction.amount),
    currency: transaction.currency,
    status: transaction.status,
    paymentMethod: transaction.method,
    taxInfo: { amount: major(transaction.taxAmount), rate: transaction.taxRate / 100, country: transaction.taxCountry },
    metadata: transaction.metadata,
    timestamp: transaction.createdAt,
  };
}

export function toOttTransactionPage(page: HistoryPage): OttTransactionPage {
  return { items: page.items.map(toOttTransaction), meta: page.meta };
}
