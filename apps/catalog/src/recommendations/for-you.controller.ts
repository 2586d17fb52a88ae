import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BecauseYouWatchedRequest, CatalogPatterns, RecommendationsRequest, type BecauseYouWatchedResponse, type FeedResponse } from '@onstream/common';
import { ForYouService } from './for-you.service.js';

@Controller()
export class ForYouController {
  constructor(private readonly forYou: ForYouService) {}

  @MessagePattern(CatalogPatterns.GetRecommendations)
  recommend(@Payload() request: RecommendationsRequest): Promise<FeedResponse> {
    return this.forYou.recommend(request);
  }

  @MessagePattern(CatalogPatterns.GetBecauseYouWatched)
  becauseYouWatched(@Payload() request: BecauseYouWatchedRequest): Promise<BecauseYouWatchedResponse> {
    return this.forYou.becauseYouWatched(request);
  }
}
