import { Injectable, Logger } from '@nestjs/common';
import { BillingClient, BillingPatterns, DomainError } from '@onstream/common';
import { UsersConfig } from '../users.config.js';

/**
 * Devices an account may have signed in at once: its plan's limit from billing, or
 * MAX_ACTIVE_SESSIONS when the account has no plan or billing does not answer in time (sign-in
 * must not depend on billing being up).
 */
@Injectable()
export class DeviceLimit {
  private readonly logger = new Logger(DeviceLimit.name);

  constructor(
    private readonly billing: BillingClient,
    private readonly config: UsersConfig,
  ) {}

  async of(userId: string): Promise<number> {
    try {
      const { maxDevices } = await this.billing.send(BillingPatterns.DeviceLimit, { userId }, { timeoutMs: this.config.DEVICE_LIMIT_TIMEOUT_MS });
      return maxDevices ?? this.config.MAX_ACTIVE_SESSIONS;
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 503) throw error;
      this.logger.warn({ msg: 'billing did not answer the device limit; using MAX_ACTIVE_SESSIONS', userId, limit: this.config.MAX_ACTIVE_SESSIONS });
      return this.config.MAX_ACTIVE_SESSIONS;
    }
  }
}
