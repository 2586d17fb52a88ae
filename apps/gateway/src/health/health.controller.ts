import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '@onstream/common';
import { Public } from '../auth/auth.decorators.js';
import { LivenessReport, PingReport, ReadinessReport, ServiceParam } from './health.dto.js';
import { ReadinessService } from './readiness.service.js';
import { SkipRateLimit } from '../rate-limit/rate-limit.policy.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @SkipRateLimit()
  @ApiOperation({ summary: 'Liveness: the gateway process answers' })
  @ApiOkResponse({ type: LivenessReport })
  live(): LivenessReport {
    return { status: 'up', uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000) };
  }

  @Get('ready')
  @SkipRateLimit()
  @ApiOperation({ summary: 'Readiness: every service and store, each with status and latency' })
  @ApiOkResponse({ type: ReadinessReport, description: 'Everything is up.' })
  @ApiServiceUnavailableResponse({ type: ReadinessReport, description: 'Something is down; the body says what.' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const report = await this.readiness.report();
    if (report.status !== 'up') {
      void reply.status(503).header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    }
    return report;
  }

  @Get('ping/:service')
  @ApiOperation({ summary: 'Round trip over NATS to one service, touching no store' })
  @ApiOkResponse({ type: PingReport })
  @ApiServiceUnavailableResponse({ description: 'The service did not answer in time (problem+json, Retry-After).' })
  ping(@Param() params: ServiceParam): Promise<PingReport> {
    return this.readiness.ping(params.service);
  }
}
