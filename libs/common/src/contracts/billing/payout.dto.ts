import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO4217CurrencyCode, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { IdempotentRequest } from './subscription.dto.js';

/** A calendar month in UTC, `YYYY-MM`. */
export const PAYOUT_PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export class CreatePayoutBody {
  @ApiProperty({ example: '2027-01', description: 'The ended month (UTC) whose unpaid earnings are paid out' })
  @Matches(PAYOUT_PERIOD_PATTERN, { message: 'period must be a month as YYYY-MM' })
  period!: string;
  @ApiProperty({ example: 'EUR', description: 'Currency of the earnings to pay (one payout per creator, month and currency)' }) @IsISO4217CurrencyCode() currency!: string;
}

export class CreatePayoutRequest extends IdempotentRequest {
  @IsString() @Length(1, 64) creatorId!: string;
  @ValidateNested() @Type(() => CreatePayoutBody) payout!: CreatePayoutBody;
}

export const PayoutOutcomes = ['completed', 'failed'] as const;
export type PayoutOutcome = (typeof PayoutOutcomes)[number];

export class SettlePayoutBody {
  @ApiProperty({ enum: PayoutOutcomes, description: 'What the bank transfer did: completed, or failed (the month may then be paid out again)' }) @IsIn(PayoutOutcomes) status!: PayoutOutcome;
  @ApiPropertyOptional({ maxLength: 200, description: 'Bank reference or failure reason' }) @IsOptional() @IsString() @Length(1, 200) note?: string;
}

export class PayoutIdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() payoutId!: string;
}

export class SettlePayoutRequest extends ActorRequest {
  @IsUUID() payoutId!: string;
  @ValidateNested() @Type(() => SettlePayoutBody) settle!: SettlePayoutBody;
}

export class PayoutResponse {
  @ApiProperty({ format: 'uuid', description: 'The payout’s ledger entry (type payout)' }) id!: string;
  @ApiProperty() creatorId!: string;
  @ApiProperty({ example: '2027-01' }) period!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'Minor units: the month’s earnings when the payout was made' }) amount!: number;
  @ApiProperty({ enum: ['pending', 'completed', 'failed'] }) status!: 'pending' | 'completed' | 'failed';
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}
