import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActorRequest, SetHouseholdProvidersRequest, UsersPatterns, type HouseholdProvidersResponse } from '@onstream/common';
import { HouseholdService } from './household.service.js';

@Controller()
export class HouseholdController {
  constructor(private readonly household: HouseholdService) {}

  @MessagePattern(UsersPatterns.GetHouseholdProviders)
  get(@Payload() request: ActorRequest): Promise<HouseholdProvidersResponse> {
    return this.household.get(request.actor);
  }

  @MessagePattern(UsersPatterns.SetHouseholdProviders)
  set(@Payload() request: SetHouseholdProvidersRequest): Promise<HouseholdProvidersResponse> {
    return this.household.set(request);
  }
}
