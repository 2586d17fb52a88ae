import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CatalogPatterns, GetTitleRequest, ListRatingsRequest, type CommunityRatingDto, RateTitleRequest, TitleRatingRequest, type RatingPageResponse, type RatingRemovedResponse, type RatingResponse,
} from '@onstream/common';
import { RatingsService } from './ratings.service.js';

@Controller()
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @MessagePattern(CatalogPatterns.RateTitle)
  rate(@Payload() request: RateTitleRequest): Promise<RatingResponse> {
    return this.ratings.rate(request);
  }

  @MessagePattern(CatalogPatterns.RemoveRating)
  remove(@Payload() request: TitleRatingRequest): Promise<RatingRemovedResponse> {
    return this.ratings.remove(request);
  }

  @MessagePattern(CatalogPatterns.GetCommunityRating)
  community(@Payload() request: GetTitleRequest): Promise<CommunityRatingDto> {
    return this.ratings.community(request);
  }

  @MessagePattern(CatalogPatterns.ListRatings)
  list(@Payload() request: ListRatingsRequest): Promise<RatingPageResponse> {
    return this.ratings.list(request);
  }
}
