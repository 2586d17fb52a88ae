import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingPatterns, CreatePlanRequest, type PlanResponse } from '@onstream/common';
import { PlansService } from './plans.service.js';

@Controller()
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @MessagePattern(BillingPatterns.CreatePlan)
  create(@Payload() request: CreatePlanRequest): Promise<PlanResponse> {
    return this.plans.create(request);
  }

  @MessagePattern(BillingPatterns.ListPlans)
  list(): Promise<PlanResponse[]> {
    return this.plans.list();
  }
}
