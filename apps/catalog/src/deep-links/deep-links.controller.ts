import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogPatterns, ListReviewQueueRequest, ReportDeepLinkRequest, ReviewDecisionRequest, type DeepLinkPage, type DeepLinkReportResponse, type DeepLinkResponse } from '@onstream/common';
import { DeepLinksService } from './deep-links.service.js';

@Controller()
export class DeepLinksController {
  constructor(private readonly links: DeepLinksService) {}

  @MessagePattern(CatalogPatterns.ReportDeepLink)
  report(@Payload() request: ReportDeepLinkRequest): Promise<DeepLinkReportResponse> {
    return this.links.report(request);
  }

  @MessagePattern(CatalogPatterns.ListDeepLinks)
  list(@Payload() request: ListReviewQueueRequest): Promise<DeepLinkPage> {
    return this.links.list(request);
  }

  @MessagePattern(CatalogPatterns.ReviewDeepLink)
  review(@Payload() request: ReviewDecisionRequest): Promise<DeepLinkResponse> {
    return this.links.review(request);
  }
}
