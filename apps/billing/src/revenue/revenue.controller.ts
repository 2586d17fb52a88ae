import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingPatterns, CreatorRevenueRequest, PlatformRevenueRequest, type CreatorRevenueResponse, type PlatformRevenueResponse } from '@onstream/common';
import { RevenueService } from './revenue.service.js';

@Controller()
export class RevenueController {
  constructor(private readonly revenue: RevenueService) {}

  @MessagePattern(BillingPatterns.CreatorRevenue)
  forCreator(@Payload() request: CreatorRevenueRequest): Promise<CreatorRevenueResponse> {
    return this.revenue.forCreator(request);
  }

  @MessagePattern(BillingPatterns.PlatformRevenue)
  forPlatform(@Payload() request: PlatformRevenueRequest): Promise<PlatformRevenueResponse> {
    return this.revenue.forPlatform(request);
  }
}
