import { Injectable, Logger } from '@nestjs/common';
import { BillingConfig } from '../billing.config.js';
import type { FaultPoint } from './fault-point-names.js';

/**
 * Fault injection for the fault e2e and the chaos bench, armed by BILLING_FAULTS (refused at boot
 * with NODE_ENV=production). Each armed point fires once per process: `kill` points SIGKILL it (no
 * shutdown hooks, exactly like a crash), `provider.answer-lost` drops the provider's answer after
 * it charged.
 */
@Injectable()
export class FaultPoints {
  private readonly logger = new Logger(FaultPoints.name);
  private readonly armed: Set<string>;

  constructor(config: BillingConfig) {
    this.armed = new Set(config.faultPoints);
    if (this.armed.size > 0) this.logger.warn({ msg: 'fault injection armed', points: [...this.armed] });
  }

  /** True once for an armed point (then disarmed). */
  fires(point: FaultPoint): boolean {
    return this.armed.delete(point);
  }

  /** Dies here if this point is armed. */
  crash(point: FaultPoint): void {
    if (!this.fires(point)) return;
    this.logger.warn({ msg: 'fault injection: killing billing', point });
    process.kill(process.pid, 'SIGKILL');
  }
}
