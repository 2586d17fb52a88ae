import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ClearReactionRequest, EngagementPatterns, GetReactionsRequest, ReactionCountsRequest, SetReactionRequest, type ReactionCountsResponse, type ReactionsResponse } from '@onstream/common';
import { ReactionsService } from './reactions.service.js';

@Controller()
export class ReactionsController {
  constructor(private readonly reactions: ReactionsService) {}

  @MessagePattern(EngagementPatterns.SetReaction)
  set(@Payload() request: SetReactionRequest): Promise<ReactionsResponse> {
    return this.reactions.set(request);
  }

  @MessagePattern(EngagementPatterns.ClearReaction)
  clear(@Payload() request: ClearReactionRequest): Promise<ReactionsResponse> {
    return this.reactions.clear(request);
  }

  @MessagePattern(EngagementPatterns.GetReactions)
  get(@Payload() request: GetReactionsRequest): Promise<ReactionsResponse> {
    return this.reactions.get(request);
  }

  @MessagePattern(EngagementPatterns.CountReactions)
  counts(@Payload() request: ReactionCountsRequest): Promise<ReactionCountsResponse> {
    return this.reactions.counts(request);
  }
}
