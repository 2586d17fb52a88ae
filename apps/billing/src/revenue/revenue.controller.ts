import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BillingPatterns, CreatePayoutRequest, CreatorRevenueRequest, PlatformRevenueRequest, SettlePayoutRequest, type CreatorRevenueResponse, type PayoutResponse, type PlatformRevenueResponse,
} from '@onstream/common';
import { PayoutsService } from './payouts.service.js';
import { RevenueService } from './revenue.service.js';

@Controller()
export class RevenueController {
  constructor(
    private readonly revenue: RevenueService,
    private readonly payouts: PayoutsService,
  ) {}

  @MessagePattern(BillingPatterns.CreatorRevenue)
  forCreator(@Payload() request: CreatorRevenueRequest): Promise<CreatorRevenueResponse> {
    return this.revenue.forCreator(request);
  }

  @MessagePattern(BillingPatterns.CreatePayout)
  createPayout(@Payload() request: CreatePayoutRequest): Promise<PayoutResponse> {
    return this.payouts.create(request);
  }

  @MessagePattern(BillingPatterns.SettlePayout)
  settlePayout(@Payload() request: SettlePayoutRequest): Promise<PayoutResponse> {
    return this.payouts.settle(request);
  }

  @MessagePattern(BillingPatterns.PlatformRevenue)
  forPlatform(@Payload() request: PlatformRevenueRequest): Promise<PlatformRevenueResponse> {
    return this.revenue.forPlatform(request);
  }
}
