import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsISO4217CurrencyCode, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';

export const PlanIntervals = ['month', 'year'] as const;
export type PlanInterval = (typeof PlanIntervals)[number];

/** Playback qualities, lowest first. */
export const PlanQualities = ['480p', '720p', '1080p', '2160p'] as const;
export type PlanQuality = (typeof PlanQualities)[number];

/** Largest amount of money accepted anywhere, in minor units (10 million units of the currency). */
export const MAX_AMOUNT_MINOR = 1_000_000_000;

export class PlanFeatures {
  @ApiProperty({ enum: PlanQualities }) @IsIn(PlanQualities) maxQuality!: PlanQuality;
  @ApiProperty({ minimum: 1, maximum: 20, description: 'Devices signed in at once' }) @IsInt() @Min(1) @Max(20) maxDevices!: number;
  @ApiProperty({ minimum: 1, maximum: 20 }) @IsInt() @Min(1) @Max(20) maxStreams!: number;
  @ApiProperty() @IsBoolean() downloads!: boolean;
}

export class CreatePlanBody {
  @ApiProperty({ example: 'Standard', minLength: 1, maxLength: 80 }) @IsString() @Length(1, 80) name!: string;
  @ApiProperty({ enum: PlanIntervals }) @IsIn(PlanIntervals) interval!: PlanInterval;
  @ApiProperty({ example: 999, description: 'Price per interval in minor units (cents), before tax; an integer ≥ 0.' })
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_MINOR)
  price!: number;
  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code; must be one of BILLING_CURRENCIES.' }) @IsISO4217CurrencyCode() currency!: string;
  @ApiProperty({ example: 7, minimum: 0, maximum: 365 }) @IsInt() @Min(0) @Max(365) trialDays!: number;
  @ApiProperty({ type: PlanFeatures }) @IsDefined() @ValidateNested() @Type(() => PlanFeatures) features!: PlanFeatures;
}

export class CreatePlanRequest extends ActorRequest {
  @ValidateNested() @Type(() => CreatePlanBody) plan!: CreatePlanBody;
}

export class ListPlansRequest {}

export class PlanIdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
}

export class PlanResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PlanIntervals }) interval!: PlanInterval;
  @ApiProperty({ description: 'Minor units, before tax' }) price!: number;
  @ApiProperty() currency!: string;
  @ApiProperty() trialDays!: number;
  @ApiProperty({ type: PlanFeatures }) features!: PlanFeatures;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}
