import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';

export const PaymentProviderNames = ['sandbox', 'stripe'] as const;
export type PaymentProviderName = (typeof PaymentProviderNames)[number];

export class WebhookProviderParam {
  @ApiProperty({ enum: PaymentProviderNames }) @IsIn(PaymentProviderNames) provider!: PaymentProviderName;
}

/** The raw body is forwarded untouched: the signature covers its exact bytes. */
export class ProviderWebhookRequest {
  @IsIn(PaymentProviderNames) provider!: PaymentProviderName;
  @IsString() @MaxLength(256 * 1024) payload!: string;
  @IsString() @MaxLength(1024) signature!: string;
}

export class WebhookReceipt {
  @ApiProperty() received!: boolean;
  @ApiProperty({ description: 'The event id was seen before; nothing was applied again' }) duplicate!: boolean;
}
