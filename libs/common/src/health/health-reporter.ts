import { hostname } from 'node:os';
import { overallStatus, probe, type ServiceHealth } from './health.types.js';

export type Probes = Record<string, () => Promise<unknown>>;

/** Reports a service's own health: its process and each store it depends on. */
export class HealthReporter {
  private readonly startedAt = Date.now();
  readonly instance = `${hostname()}:${process.pid}`;

  constructor(
    private readonly service: string,
    private readonly probes: Probes,
  ) {}

  async report(): Promise<ServiceHealth> {
    const started = performance.now();
    const checks = await Promise.all(Object.entries(this.probes).map(([name, check]) => probe(name, check)));
    return {
      service: this.service,
      status: overallStatus(checks),
      instance: this.instance,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
      checks,
    };
  }
}
