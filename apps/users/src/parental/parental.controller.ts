import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActorRequest, ProfileRulesRequest, SetParentalControlsRequest, type ParentalControlsResponse, SetTitleRuleRequest, TitleRuleRequest, UsersPatterns, type Acknowledgement, type TitleRuleListResponse, type TitleRuleResponse, type ViewingPolicyResponse } from '@onstream/common';
import { ParentalService } from './parental.service.js';

@Controller()
export class ParentalController {
  constructor(private readonly parental: ParentalService) {}

  @MessagePattern(UsersPatterns.SetTitleRule)
  set(@Payload() request: SetTitleRuleRequest): Promise<TitleRuleResponse> {
    return this.parental.set(request);
  }

  @MessagePattern(UsersPatterns.RemoveTitleRule)
  remove(@Payload() request: TitleRuleRequest): Promise<Acknowledgement> {
    return this.parental.remove(request);
  }

  @MessagePattern(UsersPatterns.GetViewingPolicy)
  viewingPolicy(@Payload() request: ActorRequest): Promise<ViewingPolicyResponse> {
    return this.parental.viewingPolicy(request.actor);
  }

  @MessagePattern(UsersPatterns.GetParentalControls)
  controls(@Payload() request: ProfileRulesRequest): Promise<ParentalControlsResponse> {
    return this.parental.controls(request);
  }

  @MessagePattern(UsersPatterns.SetParentalControls)
  setControls(@Payload() request: SetParentalControlsRequest): Promise<ParentalControlsResponse> {
    return this.parental.setControls(request);
  }

  @MessagePattern(UsersPatterns.ListTitleRules)
  list(@Payload() request: ProfileRulesRequest): Promise<TitleRuleListResponse> {
    return this.parental.list(request);
  }
}
