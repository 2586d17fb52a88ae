import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';

/** Test-only: the billing service's clock (enabled by BILLING_TEST_CLOCK=true). */
export class SetBillingClockBody {
  @ApiProperty({ type: String, format: 'date-time' }) @IsISO8601({ strict: true }) now!: string;
}

export class SetBillingClockRequest extends ActorRequest {
  @ValidateNested() @Type(() => SetBillingClockBody) clock!: SetBillingClockBody;
}

export class RunRenewalsRequest extends ActorRequest {}

export class BillingClockResponse {
  @ApiProperty({ type: String, format: 'date-time' }) now!: string;
}

export class RenewalRunReport {
  @ApiProperty({ type: String, format: 'date-time' }) asOf!: string;
  @ApiProperty() renewed!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() expired!: number;
  @ApiProperty() canceled!: number;
  @ApiProperty({ description: 'Renews-soon notices published (BILLING_RENEWAL_NOTICE_DAYS before a period ends).' }) noticed!: number;
  @ApiPropertyOptional({ description: 'Payments whose lost outcome was asked of the provider and settled.' }) reconciled?: number;
}
