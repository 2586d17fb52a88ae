import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BillingPatterns,
  CancelSubscriptionRequest,
  ChangePlanRequest,
  GetMySubscriptionRequest,
  SubscribeRequest,
  SubscriptionRequest,
  type ChangePlanResponse,
  type SubscriptionResponse,
  UpdatePaymentMethodRequest,
} from '@onstream/common';
import { PlanChangeService } from './plan-change.service.js';
import { SubscriptionsService } from './subscriptions.service.js';

@Controller()
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly planChanges: PlanChangeService,
  ) {}

  @MessagePattern(BillingPatterns.Subscribe)
  subscribe(@Payload() request: SubscribeRequest): Promise<SubscriptionResponse> {
    return this.subscriptions.subscribe(request);
  }

  @MessagePattern(BillingPatterns.GetMySubscription)
  getMine(@Payload() request: GetMySubscriptionRequest): Promise<SubscriptionResponse> {
    return this.subscriptions.getMine(request);
  }

  @MessagePattern(BillingPatterns.CancelSubscription)
  cancel(@Payload() request: CancelSubscriptionRequest): Promise<SubscriptionResponse> {
    return this.subscriptions.cancel(request);
  }

  @MessagePattern(BillingPatterns.ResumeSubscription)
  resume(@Payload() request: SubscriptionRequest): Promise<SubscriptionResponse> {
    return this.subscriptions.resume(request);
  }

  @MessagePattern(BillingPatterns.UpdatePaymentMethod)
  updatePaymentMethod(@Payload() request: UpdatePaymentMethodRequest): Promise<SubscriptionResponse> {
    return this.subscriptions.updatePaymentMethod(request);
  }

  @MessagePattern(BillingPatterns.ChangePlan)
  changePlan(@Payload() request: ChangePlanRequest): Promise<ChangePlanResponse> {
    return this.planChanges.changePlan(request);
  }
}
