import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogPatterns, ListReviewQueueRequest, ReviewDecisionRequest, WikiTagImportRequest, type TagProposalPage, type TagProposalResponse, type WikiTagImportResponse } from '@onstream/common';
import { TagProposalsService } from './tag-proposals.service.js';

@Controller()
export class TagProposalsController {
  constructor(private readonly proposals: TagProposalsService) {}

  @MessagePattern(CatalogPatterns.ImportWikiTags)
  importFromWiki(@Payload() request: WikiTagImportRequest): Promise<WikiTagImportResponse> {
    return this.proposals.importFromWiki(request);
  }

  @MessagePattern(CatalogPatterns.ListTagProposals)
  list(@Payload() request: ListReviewQueueRequest): Promise<TagProposalPage> {
    return this.proposals.list(request);
  }

  @MessagePattern(CatalogPatterns.ReviewTagProposal)
  review(@Payload() request: ReviewDecisionRequest): Promise<TagProposalResponse> {
    return this.proposals.review(request);
  }
}
