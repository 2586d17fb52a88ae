import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, Matches } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { CurrencyAmount, RevenuePeriod, RevenueTotal } from '../billing/revenue.dto.js';

export const Granularities = ['hour', 'day'] as const;
export type Granularity = (typeof Granularities)[number];

/** Query string of every report route. */
export class ReportQuery {
  @ApiProperty({ example: '2026-11-23T00:00:00Z', description: 'Start of the range (inclusive), rounded down to the bucket.' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ example: '2026-11-24T00:00:00Z', description: 'End of the range (exclusive). At most 31 days (hour) or 366 days (day) after from.' })
  @IsISO8601({ strict: true })
  to!: string;

  @ApiProperty({ enum: Granularities, example: 'hour' })
  @IsIn(Granularities)
  granularity!: Granularity;
}

export const ReportScopes = ['video', 'creator', 'user'] as const;
export type ReportScope = (typeof ReportScopes)[number];

export class ReportRequest extends ActorRequest {
  @IsIn(ReportScopes) scope!: ReportScope;
  @Matches(/^[A-Za-z0-9_-]{1,64}$/) id!: string;
  @IsISO8601({ strict: true }) from!: string;
  @IsISO8601({ strict: true }) to!: string;
  @IsIn(Granularities) granularity!: Granularity;
}

/** Figures of one bucket or of the whole range. Ratios are 0 when their denominator is. */
export class ReportMetrics {
  @ApiProperty({ description: 'Sessions that played at least VIEW_THRESHOLD_SECONDS.' }) views!: number;
  @ApiProperty({ description: 'Distinct viewers (user, or session when anonymous) in the bucket or range.' }) uniqueViewers!: number;
  @ApiProperty({ description: 'view_start events (distinct sessions).' }) starts!: number;
  @ApiProperty() watchTimeSec!: number;
  @ApiProperty({ description: 'watchTimeSec / views.' }) averageViewDurationSec!: number;
  @ApiProperty({ description: 'Sessions with an ended event / starts.' }) completionRate!: number;
  @ApiProperty() likes!: number;
  @ApiProperty() comments!: number;
  @ApiProperty() shares!: number;
  @ApiProperty({ description: 'Mean of the first play’s startupMs.' }) averageStartupMs!: number;
  @ApiProperty({ description: 'Stalled time / (stalled + watched time).' }) rebufferingRatio!: number;
  @ApiProperty() rebufferCount!: number;
  @ApiProperty({ description: 'Rebuffer events per hour watched.' }) rebuffersPerHour!: number;
  @ApiProperty({ description: 'Watch-time-weighted bitrate of heartbeats, kbit/s.' }) averageBitrateKbps!: number;
  @ApiProperty({ description: 'Sessions with an error / starts.' }) errorRate!: number;
  @ApiProperty({ description: 'Distinct events counted.' }) events!: number;
  @ApiProperty({ description: 'Ad impressions (ad_impression events: one per break and playback session).' }) adImpressions!: number;
  @ApiProperty({ description: 'ad_first_quartile events.' }) adFirstQuartiles!: number;
  @ApiProperty({ description: 'ad_midpoint events.' }) adMidpoints!: number;
  @ApiProperty({ description: 'ad_third_quartile events.' }) adThirdQuartiles!: number;
  @ApiProperty({ description: 'ad_complete events.' }) adCompletes!: number;
  @ApiProperty({ description: 'ad_click events.' }) adClicks!: number;
}

export class ReportPoint extends ReportMetrics {
  @ApiProperty({ example: '2026-11-23T05:00:00.000Z', description: 'Start of the bucket (UTC).' }) bucket!: string;
}

/** Billing's figures for a creator over the report's range (from `billing.revenue.creator`). */
export class ReportRevenue {
  @ApiProperty({ description: 'Creator’s share in basis points' }) shareBps!: number;
  @ApiProperty({ type: [RevenuePeriod] }) periods!: RevenuePeriod[];
  @ApiProperty({ type: [RevenueTotal] }) totals!: RevenueTotal[];
}

export class ReportResponse {
  @ApiProperty({ enum: ReportScopes }) scope!: ReportScope;
  @ApiProperty() id!: string;
  @ApiProperty({ enum: Granularities }) granularity!: Granularity;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: ReportMetrics }) totals!: ReportMetrics;
  @ApiProperty({ type: [ReportPoint], description: 'Buckets with data, oldest first.' }) series!: ReportPoint[];
  @ApiPropertyOptional({ type: ReportRevenue, nullable: true, description: 'Creator reports: revenue from billing; null when billing did not answer in time (then partial is true).' }) revenue?: ReportRevenue | null;
  @ApiPropertyOptional({ description: 'true when part of the report (revenue) is missing because a service did not answer.' }) partial?: boolean;
}

export class AdminStatsRequest extends ActorRequest {}

export class AdminStatsResponse {
  @ApiProperty({ description: 'Events counted by analytics in the last 5 minutes, per minute.' }) eventsPerMinute!: number;
  @ApiProperty({ description: 'Videos with at least one counted event.' }) videosSeen!: number;
  @ApiProperty({ description: 'Videos with a known owner.' }) videosWithOwner!: number;
  @ApiProperty({ description: 'Distinct signed-in viewers seen.' }) usersSeen!: number;
  @ApiProperty({ description: 'Batches in the stream not yet delivered to the aggregation consumer.' }) streamPending!: number;
  @ApiProperty({ description: 'Batches delivered but not yet acknowledged.' }) streamAckPending!: number;
  @ApiProperty({ description: 'Messages the analytics stream holds.' }) streamMessages!: number;
  @ApiPropertyOptional({ description: 'When trending was last published.' }) trendingComputedAt?: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'From billing: subscriptions trialing, active or past due; null when billing did not answer.' }) activeSubscriptions?: number | null;
  @ApiPropertyOptional({ type: [CurrencyAmount], nullable: true, description: 'From billing: net revenue per currency, all time; null when billing did not answer.' }) revenue?: CurrencyAmount[] | null;
  @ApiPropertyOptional({ description: 'true when billing’s figures are missing.' }) partial?: boolean;
}
