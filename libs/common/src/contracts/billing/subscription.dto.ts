import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsISO31661Alpha2, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { TransactionResponse } from './transaction.dto.js';

export const SubscriptionStatuses = ['incomplete', 'trialing', 'active', 'past_due', 'canceled', 'expired'] as const;
export type SubscriptionStatus = (typeof SubscriptionStatuses)[number];

/** Idempotency-Key header value: 8–128 printable characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{8,128}$/;

export class IdempotentRequest extends ActorRequest {
  @IsString() @Matches(IDEMPOTENCY_KEY_PATTERN, { message: 'Idempotency-Key must be 8–128 printable characters' }) idempotencyKey!: string;
}

export class PaymentMethodBody {
  @ApiProperty({ example: '4242 4242 4242 4242', description: 'Payment method: a provider token (Stripe `pm_…`) or, with the sandbox provider, a test card number.' })
  @IsString()
  @Length(4, 64)
  paymentMethod!: string;
}

export class PaymentDetails extends PaymentMethodBody {
  @ApiProperty({ example: 'DE', description: 'Buyer’s country (ISO 3166-1 alpha-2): selects the tax rate.' }) @IsISO31661Alpha2() country!: string;
}

export class SubscribeBody extends PaymentDetails {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
}

export class SubscribeRequest extends IdempotentRequest {
  @ValidateNested() @Type(() => SubscribeBody) subscribe!: SubscribeBody;
}

export class SubscriptionIdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() subscriptionId!: string;
}

export class CancelSubscriptionBody {
  @ApiProperty({ description: 'true: keep access until the period ends; false: end now' }) @IsBoolean() atPeriodEnd!: boolean;
}

export class CancelSubscriptionRequest extends ActorRequest {
  @IsUUID() subscriptionId!: string;
  @ValidateNested() @Type(() => CancelSubscriptionBody) cancel!: CancelSubscriptionBody;
}

export class SubscriptionRequest extends ActorRequest {
  @IsUUID() subscriptionId!: string;
}

export class GetMySubscriptionRequest extends ActorRequest {}

export class UpdatePaymentMethodRequest extends IdempotentRequest {
  @IsUUID() subscriptionId!: string;
  @ValidateNested() @Type(() => PaymentMethodBody) update!: PaymentMethodBody;
}

export class ChangePlanBody {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
}

export class ChangePlanRequest extends IdempotentRequest {
  @IsUUID() subscriptionId!: string;
  @ValidateNested() @Type(() => ChangePlanBody) change!: ChangePlanBody;
}

export class SubscriptionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() userId!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ enum: SubscriptionStatuses }) status!: SubscriptionStatus;
  @ApiProperty({ type: String, format: 'date-time' }) currentPeriodStart!: string;
  @ApiProperty({ type: String, format: 'date-time' }) currentPeriodEnd!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) trialEnd?: string;
  @ApiProperty() cancelAtPeriodEnd!: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) endedAt?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When the next charge (renewal or dunning retry) is due' }) nextChargeAt?: string;
  @ApiPropertyOptional({ description: 'Next charge before tax, minor units, after credit' }) nextChargeAmount?: number;
  @ApiProperty({ description: 'Credit from downgrades, applied to the next renewal (minor units)' }) creditBalance!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'Failed renewal attempts in the current dunning run' }) failedAttempts!: number;
  @ApiPropertyOptional({ type: TransactionResponse, description: 'The payment made by this request, if any' }) payment?: TransactionResponse;
}

export class Proration {
  @ApiProperty({ description: 'Unused part of the old plan, minor units' }) credit!: number;
  @ApiProperty({ description: 'Remaining part of the new plan, minor units' }) charge!: number;
  @ApiProperty({ description: 'charge − credit (negative: credit kept for the next renewal)' }) net!: number;
  @ApiProperty() remainingSeconds!: number;
  @ApiProperty() periodSeconds!: number;
}

export class ChangePlanResponse {
  @ApiProperty({ type: SubscriptionResponse }) subscription!: SubscriptionResponse;
  @ApiProperty({ type: Proration }) proration!: Proration;
}
