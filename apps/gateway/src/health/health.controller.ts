import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ServiceNames, UNAVAILABLE_RETRY_AFTER_SECONDS, type ServiceName } from '@onstream/common';
import { OneOfPipe } from '../http/one-of.pipe.js';
import { Public } from '../auth/auth.decorators.js';
import { LivenessReport, PingReport, ReadinessReport } from './health.dto.js';
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
  @ApiParam({ name: 'service', enum: ServiceNames })
  @ApiServiceUnavailableResponse({ description: 'The service did not answer in time (problem+json, Retry-After).' })
  ping(@Param('service', new OneOfPipe('service', ServiceNames)) service: ServiceName): Promise<PingReport> {
    return this.readiness.ping(service);
  }
}
