import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReportScopes, type ReportMetrics, type ReportResponse, type ReportScope } from '@onstream/common';

export class OttEngagement {
  @ApiProperty() likes!: number;
  @ApiProperty() comments!: number;
  @ApiProperty() shares!: number;
  @ApiProperty({ description: 'Share of started sessions that reached the end, 0–1.' }) completionRate!: number;
}

export class OttQuality {
  @ApiProperty({ description: 'Share of playback time not stalled, 0–1.' }) bufferHealth!: number;
  @ApiProperty({ description: 'Watch-time-weighted average bitrate, kbit/s.' }) bitrate!: number;
}

export class OttRevenue {
  @ApiProperty({ description: 'Creator earnings in currency units.' }) amount!: number;
  @ApiProperty({ example: 'earnings' }) type!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
}

export class OttMetrics {
  @ApiProperty() views!: number;
  @ApiProperty({ description: 'Seconds watched.' }) watchTime!: number;
  @ApiProperty({ type: OttEngagement }) engagement!: OttEngagement;
  @ApiProperty({ type: OttQuality }) quality!: OttQuality;
  @ApiPropertyOptional({ type: [OttRevenue], description: 'Creator reports: earnings per currency over the range.' }) revenue?: OttRevenue[];
}

export class OttAnalyticsPoint {
  @ApiProperty({ format: 'date-time', description: 'Start of the bucket.' }) timestamp!: string;
  @ApiProperty({ type: OttMetrics }) metrics!: OttMetrics;
}

/** Seed 004's analytics schema: the range's totals, and one record per hour or day bucket with data. */
export class OttAnalytics {
  @ApiProperty({ enum: ReportScopes }) scope!: ReportScope;
  @ApiPropertyOptional() videoId?: string;
  @ApiPropertyOptional() creatorId?: string;
  @ApiPropertyOptional() userId?: string;
  @ApiProperty({ type: OttMetrics }) metrics!: OttMetrics;
  @ApiProperty({ format: 'date-time', description: 'End of the range.' }) timestamp!: string;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ type: [OttAnalyticsPoint] }) series!: OttAnalyticsPoint[];
  @ApiPropertyOptional({ description: 'true when the revenue part is missing because billing did not answer in time.' }) partial?: boolean;
}

const TARGET: Record<ReportScope, 'videoId' | 'creatorId' | 'userId'> = { video: 'videoId', creator: 'creatorId', user: 'userId' };

function toOttMetrics(metrics: ReportMetrics): OttMetrics {
  return {
    views: metrics.views,
    watchTime: metrics.watchTimeSec,
    engagement: { likes: metrics.likes, comments: metrics.comments, shares: metrics.shares, completionRate: metrics.completionRate },
    quality: { bufferHealth: 1 - metrics.rebufferingRatio, bitrate: metrics.averageBitrateKbps },
  };
}

export function toOttAnalytics(report: ReportResponse): OttAnalytics {
  const revenue = report.revenue?.totals.map((total) => ({ amount: total.earnings / 100, type: 'earnings', currency: total.currency }));
  return {
    scope: report.scope,
    [TARGET[report.scope]]: report.id,
    metrics: { ...toOttMetrics(report.totals), ...(revenue && { revenue }) },
    timestamp: report.to,
    from: report.from,
    series: report.series.map((point) => ({ timestamp: point.bucket, metrics: toOttMetrics(point) })),
    ...(report.partial !== undefined && { partial: report.partial }),
  };
}
