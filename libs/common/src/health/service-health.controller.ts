import { Controller, Inject, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { healthPattern, pingPattern, type ServiceName, type ServicePing } from '../contracts/service-names.js';
import { HealthReporter } from './health-reporter.js';

/**
 * The `<service>.health.check` and `.ping` handlers every service mounts; the service provides a
 * HealthReporter with the probes of its own stores.
 */
export function ServiceHealthController(service: ServiceName): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(@Inject(HealthReporter) private readonly reporter: HealthReporter) {}

    @MessagePattern(healthPattern(service))
    check() {
      return this.reporter.report();
    }

    @MessagePattern(pingPattern(service))
    ping(): ServicePing {
      return { service, instance: this.reporter.instance };
    }
  }
  return HealthController;
}
