import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO4217CurrencyCode, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { OptionalNotNull } from '../../validation/validation.js';
import { ActorRequest } from '../../auth/auth.types.js';
import { MAX_AMOUNT_MINOR, PlanQualities, type PlanQuality } from './plan.dto.js';
import { IdempotentRequest, PaymentDetails } from './subscription.dto.js';
import { TransactionResponse } from './transaction.dto.js';

export const PpvOptions = ['purchase', 'rental'] as const;
export type PpvOption = (typeof PpvOptions)[number];

const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;

export class VideoIdParam {
  @ApiProperty({ example: 'vid_42' }) @Matches(VIDEO_ID, { message: 'videoId must be 1–64 letters, digits, _ or -' }) videoId!: string;
}

export class PutPpvOfferBody {
  @ApiProperty({ example: 'creator_7' }) @IsString() @Length(1, 64) creatorId!: string;
  @ApiProperty({ example: 'EUR' }) @IsISO4217CurrencyCode() currency!: string;
  @ApiPropertyOptional({ description: 'Permanent purchase price, minor units' }) @OptionalNotNull() @IsInt() @Min(0) @Max(MAX_AMOUNT_MINOR) purchasePrice?: number;
  @ApiPropertyOptional({ description: 'Rental price, minor units (window: BILLING_RENTAL_HOURS)' }) @OptionalNotNull() @IsInt() @Min(0) @Max(MAX_AMOUNT_MINOR) rentalPrice?: number;
  @ApiProperty({ enum: PlanQualities }) @IsIn(PlanQualities) maxQuality!: PlanQuality;
}

export class PutPpvOfferRequest extends ActorRequest {
  @Matches(VIDEO_ID) videoId!: string;
  @ValidateNested() @Type(() => PutPpvOfferBody) offer!: PutPpvOfferBody;
}

export class PpvOfferResponse {
  @ApiProperty() videoId!: string;
  @ApiProperty() creatorId!: string;
  @ApiProperty() currency!: string;
  @ApiPropertyOptional() purchasePrice?: number;
  @ApiPropertyOptional() rentalPrice?: number;
  @ApiProperty({ enum: PlanQualities }) maxQuality!: PlanQuality;
}

export class PurchasePpvBody extends PaymentDetails {
  @ApiProperty({ example: 'vid_42' }) @Matches(VIDEO_ID, { message: 'videoId must be 1–64 letters, digits, _ or -' }) videoId!: string;
  @ApiProperty({ enum: PpvOptions }) @IsIn(PpvOptions) option!: PpvOption;
}

export class PurchasePpvRequest extends IdempotentRequest {
  @ValidateNested() @Type(() => PurchasePpvBody) purchase!: PurchasePpvBody;
}

export const PurchaseStatuses = ['pending', 'active', 'failed', 'refunded'] as const;
export type PurchaseStatus = (typeof PurchaseStatuses)[number];

export class PurchaseResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() videoId!: string;
  @ApiProperty({ enum: PpvOptions }) option!: PpvOption;
  @ApiProperty({ enum: PurchaseStatuses }) status!: PurchaseStatus;
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Rentals only' }) expiresAt?: string;
  @ApiProperty({ type: TransactionResponse }) payment!: TransactionResponse;
}
