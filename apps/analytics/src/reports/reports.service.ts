import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type AuthUser, type ReportRequest, type ReportResponse, hasPermission } from '@onstream/common';
import { DAY_MS, HOUR_MS } from '../aggregation/bucket-counters.js';
import { BucketRepository } from '../aggregation/bucket.repository.js';
import { VideoOwnersRepository } from '../owners/video-owners.repository.js';
import { BillingFigures } from './billing-figures.js';
import { bucketStart, buildSeries } from './report-metrics.js';

const MAX_BUCKETS = { hour: 31 * 24, day: 366 } as const;

@Injectable()
export class ReportsService {
  constructor(
    private readonly buckets: BucketRepository,
    private readonly owners: VideoOwnersRepository,
    private readonly billing: BillingFigures,
  ) {}

  async report(request: ReportRequest): Promise<ReportResponse> {
    await this.requireAccess(request);
    const from = bucketStart(new Date(request.from), request.granularity);
    const to = new Date(request.to);
    const bucketMs = request.granularity === 'hour' ? HOUR_MS : DAY_MS;
    if (!(to.getTime() > from.getTime())) throw this.badRange('to must be after from.');
    if ((to.getTime() - from.getTime()) / bucketMs > MAX_BUCKETS[request.granularity]) {
      throw this.badRange(`A ${request.granularity} report spans at most ${MAX_BUCKETS[request.granularity]} buckets.`);
    }
    const [parts, marks, revenue] = await Promise.all([
      this.buckets.partsInRange(request.scope, request.id, from, to),
      this.buckets.marksInRange(request.scope, request.id, request.granularity, from, to),
      request.scope === 'creator' ? this.billing.creatorRevenue(request.actor, request.id, from, to) : Promise.resolve(undefined),
    ]);
    const { series, totals } = buildSeries(parts, marks, request.granularity);
    const report: ReportResponse = { scope: request.scope, id: request.id, granularity: request.granularity, from: from.toISOString(), to: to.toISOString(), totals, series };
    return revenue === undefined ? report : { ...report, revenue, partial: revenue === null };
  }

  /**
   * Admins read everything; a creator reads their own report and their videos' reports; a viewer
   * reads their own. A video without a known owner is readable by admins only (ADR 0004).
   */
  private async requireAccess({ actor, scope, id }: ReportRequest): Promise<void> {
    if (hasPermission(actor, 'admin.stats')) return;
    const allowed = scope === 'video' ? (await this.owners.creatorOf(id)) === actor.userId : id === actor.userId;
    if (!allowed) throw forbidden(actor, scope);
  }

  private badRange(message: string): DomainError {
    return new DomainError(ErrorCodes.AnalyticsRangeInvalid, 400, message);
  }
}

function forbidden(_actor: AuthUser, scope: ReportRequest['scope']): DomainError {
  return new DomainError(ErrorCodes.AnalyticsReportForbidden, 403, `You may not read this ${scope} report.`);
}
