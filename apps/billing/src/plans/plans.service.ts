import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCodes, type CreatePlanRequest, type PlanResponse, requireAccess } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { BillingClock } from '../clock/billing-clock.js';
import { PlansRepository, type PlanDocument } from './plans.repository.js';

export function toPlanResponse(plan: PlanDocument): PlanResponse {
  return {
    id: plan._id,
    name: plan.name,
    interval: plan.interval,
    price: plan.price,
    currency: plan.currency,
    trialDays: plan.trialDays,
    features: plan.features,
    createdAt: plan.createdAt.toISOString(),
  };
}


@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly config: BillingConfig,
    private readonly clock: BillingClock,
  ) {}

  async create({ actor, plan }: CreatePlanRequest): Promise<PlanResponse> {
    requireAccess(actor, 'billing.admin');
    this.requireSupportedCurrency(plan.currency);
    const created = await this.plans.create({ _id: randomUUID(), ...plan, currency: plan.currency.toUpperCase(), createdAt: this.clock.now() });
    return toPlanResponse(created);
  }

  async list(): Promise<PlanResponse[]> {
    return (await this.plans.list()).map(toPlanResponse);
  }

  async get(planId: string): Promise<PlanDocument> {
    const plan = await this.plans.findById(planId);
    if (!plan) throw DomainError.notFound('The plan');
    return plan;
  }

  requireSupportedCurrency(currency: string): void {
    if (!this.config.currencies.includes(currency.toUpperCase())) {
      throw new DomainError(ErrorCodes.BillingCurrencyNotSupported, 400, `${currency} is not a supported currency.`, { supported: this.config.currencies });
    }
  }
}
