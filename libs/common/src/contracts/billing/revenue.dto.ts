import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { PayoutResponse } from './payout.dto.js';

export class CreatorIdParam {
  @ApiProperty({ example: 'creator_7' }) @IsString() @Length(1, 64) creatorId!: string;
}

export class CreatorRevenueQuery {
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

export class CreatorRevenueRequest extends ActorRequest {
  @IsString() @Length(1, 64) creatorId!: string;
  @ValidateNested() @Type(() => CreatorRevenueQuery) query!: CreatorRevenueQuery;
}

export class RevenuePeriod {
  @ApiProperty({ example: '2027-01' }) period!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'PPV sales net of tax and refunds, minor units' }) ppvNet!: number;
  @ApiProperty({ description: 'This creator’s part of the month’s subscription revenue: an even split among the creators with sales that month (the platform-wide pool is not shown)' }) subscriptionPart!: number;
  @ApiProperty({ description: 'Ad impressions on the creator’s videos (ad_revenue entries)' }) adImpressions!: number;
  @ApiProperty({ description: 'Ad revenue, minor units: Σ CPM of the impressions / 1000, rounded half up once per month' }) adNet!: number;
  @ApiProperty({ description: '(ppvNet + subscriptionPart + adNet) × revenue share, rounded half up' }) earnings!: number;
  @ApiProperty({ enum: ['unpaid', 'pending', 'completed'], description: 'Payout of this month and currency: none yet (or only failed ones), being paid, or paid' })
  payoutStatus!: 'unpaid' | 'pending' | 'completed';
}

export class RevenueByVideo {
  @ApiProperty() videoId!: string;
  @ApiProperty() currency!: string;
  @ApiProperty() sales!: number;
  @ApiProperty({ description: 'Ad impressions' }) adImpressions!: number;
  @ApiProperty({ description: 'PPV net of tax and refunds, plus ad revenue (rounded half up once)' }) net!: number;
  @ApiProperty() earnings!: number;
}

export class RevenueTotal {
  @ApiProperty() currency!: string;
  @ApiProperty() earnings!: number;
  @ApiProperty({ description: 'Sum of completed payouts (ledger type payout)' }) paidOut!: number;
  @ApiProperty({ description: 'Sum of payouts made but not yet settled' }) pendingPayout!: number;
  @ApiProperty({ description: 'earnings − paidOut − pendingPayout' }) unpaid!: number;
}

export class CreatorRevenueResponse {
  @ApiProperty() creatorId!: string;
  @ApiProperty({ description: 'Creator’s share in basis points (BILLING_CREATOR_SHARE_BPS)' }) shareBps!: number;
  @ApiProperty({ enum: ['even'], description: 'How subscription revenue is split among creators' }) subscriptionSplit!: 'even';
  @ApiProperty({ type: [RevenuePeriod] }) periods!: RevenuePeriod[];
  @ApiProperty({ type: [RevenueByVideo] }) videos!: RevenueByVideo[];
  @ApiProperty({ type: [RevenueTotal] }) totals!: RevenueTotal[];
  @ApiProperty({ type: [PayoutResponse], description: 'Payout history, newest first (failed ones included)' }) payouts!: PayoutResponse[];
}

export class PlatformRevenueRequest extends ActorRequest {}

export class CurrencyAmount {
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ description: 'Minor units' }) amount!: number;
}

/** Platform-wide money figures for admin statistics. */
export class PlatformRevenueResponse {
  @ApiProperty({ description: 'Subscriptions trialing, active or past due' }) activeSubscriptions!: number;
  @ApiProperty({ type: [CurrencyAmount], description: 'Completed subscription charges and PPV sales, net of tax and completed refunds, all time' }) revenue!: CurrencyAmount[];
}
