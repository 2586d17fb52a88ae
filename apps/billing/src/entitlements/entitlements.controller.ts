import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingPatterns, CheckEntitlementRequest, DeviceLimitRequest, type DeviceLimitResponse, type EntitlementResponse } from '@onstream/common';
import { EntitlementsService } from './entitlements.service.js';

@Controller()
export class EntitlementsController {
  constructor(private readonly entitlements: EntitlementsService) {}

  @MessagePattern(BillingPatterns.CheckEntitlement)
  check(@Payload() request: CheckEntitlementRequest): Promise<EntitlementResponse> {
    return this.entitlements.check(request);
  }

  @MessagePattern(BillingPatterns.DeviceLimit)
  deviceLimit(@Payload() request: DeviceLimitRequest): Promise<DeviceLimitResponse> {
    return this.entitlements.deviceLimit(request);
  }
}
