import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingPatterns, CreatorRevenueRequest, type CreatorRevenueResponse } from '@onstream/common';
import { RevenueService } from './revenue.service.js';

@Controller()
export class RevenueController {
  constructor(private readonly revenue: RevenueService) {}

  @MessagePattern(BillingPatterns.CreatorRevenue)
  forCreator(@Payload() request: CreatorRevenueRequest): Promise<CreatorRevenueResponse> {
    return this.revenue.forCreator(request);
  }
}
