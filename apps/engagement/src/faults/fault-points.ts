import { Injectable, Logger } from '@nestjs/common';
import { JetStreamBus } from '@onstream/common';
import { EngagementConfig } from '../engagement.config.js';
import type { FaultPoint } from './fault-point-names.js';

/**
 * Fault injection for the outbox e2e, armed by ENGAGEMENT_FAULTS (refused at boot with
 * NODE_ENV=production). Each armed point fires once per process: `after-write` points hold the request
 * until the connection to NATS drops (the state is written and NATS is down before anything is
 * published); `killed` points SIGKILL the process (no shutdown hooks, exactly like a crash).
 */
@Injectable()
export class FaultPoints {
  private readonly logger = new Logger(FaultPoints.name);
  private readonly armed: Set<string>;

  constructor(config: EngagementConfig, private readonly bus: JetStreamBus) {
    this.armed = new Set(config.faultPoints);
    if (this.armed.size > 0) this.logger.warn({ msg: 'fault injection armed', points: [...this.armed] });
  }

  /** Waits here for NATS to go away if this point is armed. */
  async holdUntilNatsDown(point: FaultPoint): Promise<void> {
    if (!this.armed.delete(point)) return;
    this.logger.warn({ msg: 'fault injection: holding until NATS is down', point });
    await this.bus.disconnected();
  }

  /** Dies here if this point is armed. */
  crash(point: FaultPoint): void {
    if (!this.armed.delete(point)) return;
    this.logger.warn({ msg: 'fault injection: killing engagement', point });
    process.kill(process.pid, 'SIGKILL');
  }
}
