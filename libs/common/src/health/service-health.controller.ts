import { Controller, Inject, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { HealthReporter } from './health-reporter.js';

/**
 * The `<service>.health.check` handler every service mounts; the service provides a
 * HealthReporter with the probes of its own stores.
 */
export function ServiceHealthController(pattern: string): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(@Inject(HealthReporter) private readonly reporter: HealthReporter) {}

    @MessagePattern(pattern)
    check() {
      return this.reporter.report();
    }
  }
  return HealthController;
}
