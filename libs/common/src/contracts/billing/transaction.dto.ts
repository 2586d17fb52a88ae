import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { PageQueryDto, PageMeta } from '../../pagination/pagination.dto.js';
import { MAX_AMOUNT_MINOR } from './plan.dto.js';

export const TransactionTypes = ['charge', 'refund', 'ppv', 'payout', 'ad_revenue'] as const;
export type TransactionType = (typeof TransactionTypes)[number];
export const TransactionStatuses = ['pending', 'completed', 'failed', 'refunded'] as const;
export type TransactionStatus = (typeof TransactionStatuses)[number];

/** What the client must do before a pending payment can complete (3-D Secure-like). */
export class NextAction {
  @ApiProperty({ enum: ['authenticate'] }) type!: 'authenticate';
  @ApiProperty({ description: 'Provider payment id the authentication belongs to' }) providerPaymentId!: string;
}

export class TransactionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() userId!: string;
  @ApiProperty({ enum: TransactionTypes }) type!: TransactionType;
  @ApiProperty({ enum: TransactionStatuses }) status!: TransactionStatus;
  @ApiProperty({ description: 'Total in minor units, tax included' }) amount!: number;
  @ApiProperty({ description: 'Amount before tax, minor units' }) netAmount!: number;
  @ApiProperty({ description: 'Tax in minor units' }) taxAmount!: number;
  @ApiProperty({ description: 'Tax rate in basis points (1900 = 19 %)' }) taxRate!: number;
  @ApiProperty({ example: 'DE' }) taxCountry!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ example: 'sandbox:card' }) method!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional({ description: 'The charge a refund belongs to' }) refundOf?: string;
  @ApiPropertyOptional({ type: NextAction }) nextAction?: NextAction;
  @ApiPropertyOptional({ description: 'Provider failure code, e.g. card_declined' }) failureCode?: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) metadata!: Record<string, string>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class HistoryFilter {
  @ApiPropertyOptional({ enum: TransactionTypes }) @IsOptional() @IsIn(TransactionTypes) type?: TransactionType;
  @ApiPropertyOptional({ enum: TransactionStatuses }) @IsOptional() @IsIn(TransactionStatuses) status?: TransactionStatus;
  @ApiPropertyOptional({ format: 'date-time', description: 'Created at or after' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Created before' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional({ description: 'Admins only: another user’s history' }) @IsOptional() @IsString() @Length(1, 64) userId?: string;
}

export class HistoryQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: TransactionTypes }) @IsOptional() @IsIn(TransactionTypes) type?: TransactionType;
  @ApiPropertyOptional({ enum: TransactionStatuses }) @IsOptional() @IsIn(TransactionStatuses) status?: TransactionStatus;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional({ description: 'Admins only' }) @IsOptional() @IsString() @Length(1, 64) userId?: string;
}

export class HistoryRequest extends ActorRequest {
  @ValidateNested() @Type(() => HistoryQuery) query!: HistoryQuery;
}

export class HistoryPage {
  @ApiProperty({ type: [TransactionResponse] }) items!: TransactionResponse[];
  @ApiProperty({ type: PageMeta }) meta!: PageMeta;
}

/** Where the service streams an export: a subject only this gateway request listens on. */
export const EXPORT_SUBJECT_PATTERN = /^_EXPORT\.[A-Za-z0-9-]{8,64}$/;
/** Rows per streamed chunk; each chunk waits for the gateway's ack (backpressure). */
export const EXPORT_CHUNK_ROWS = 500;

export class StartHistoryExportRequest extends ActorRequest {
  @ValidateNested() @Type(() => HistoryFilter) filter!: HistoryFilter;
  @Matches(EXPORT_SUBJECT_PATTERN) deliverTo!: string;
}

export class StartHistoryExportResponse {
  started!: true;
}

/** One message of a streamed export: rows, the end, or the error that ended it. */
export type HistoryExportChunk = { items: TransactionResponse[] } | { done: true; rows: number } | { error: { status: number; code: string; message: string } };

export class TransactionIdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() transactionId!: string;
}

export class GetReceiptRequest extends ActorRequest {
  @IsUUID() transactionId!: string;
}

export class ReceiptLine {
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'Minor units' }) amount!: number;
}

export class ReceiptResponse {
  @ApiProperty({ example: 'R-20270101-1A2B3C4D' }) receiptNumber!: string;
  @ApiProperty({ type: TransactionResponse }) transaction!: TransactionResponse;
  @ApiProperty({ type: [ReceiptLine] }) lines!: ReceiptLine[];
  @ApiProperty({ type: [TransactionResponse], description: 'Refunds of this charge' }) refunds!: TransactionResponse[];
  @ApiProperty({ description: 'Charged minus refunded, minor units (derived from the ledger)' }) balance!: number;
}

export class RefundBody {
  @ApiPropertyOptional({ description: 'Minor units; omitted: whatever is not yet refunded' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT_MINOR)
  amount?: number;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) reason?: string;
}

export class RefundRequest extends ActorRequest {
  @IsString() @Length(8, 128) idempotencyKey!: string;
  @IsUUID() transactionId!: string;
  @ValidateNested() @Type(() => RefundBody) refund!: RefundBody;
}

/**
 * A payment whose outcome is not known yet (the provider's answer was lost): the request answers
 * 202 and the client polls, or repeats it with the same Idempotency-Key (never a new charge).
 */
export function awaitsProviderAnswer(payment: Pick<TransactionResponse, 'status' | 'nextAction'> | undefined): boolean {
  return payment?.status === 'pending' && payment.nextAction === undefined;
}
