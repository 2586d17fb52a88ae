import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BillingClient, BillingPatterns, CreatePlanBody, PlanResponse, type AuthUser } from '@onstream/common';
import { CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';

@ApiTags('billing')
@Controller('payments/plans')
export class PlansController {
  constructor(private readonly billing: BillingClient) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'List subscription plans' })
  @ApiOkResponse({ type: [PlanResponse] })
  list(): Promise<PlanResponse[]> {
    return this.billing.send(BillingPatterns.ListPlans, {});
  }

  @Post()
  @RequirePermission('billing.admin')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a plan (admin)' })
  @ApiCreatedResponse({ type: PlanResponse })
  @ApiBadRequestResponse({ description: 'Invalid fields (e.g. a fractional or negative price) or an unsupported currency.' })
  @ApiForbiddenResponse({ description: 'Not an admin.' })
  create(@CurrentUser() actor: AuthUser, @Body() plan: CreatePlanBody): Promise<PlanResponse> {
    return this.billing.send(BillingPatterns.CreatePlan, { actor, plan });
  }
}
