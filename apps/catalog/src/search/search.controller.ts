import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogPatterns, SearchRequest, type SearchResponse } from '@onstream/common';
import { SearchService } from './search.service.js';

@Controller()
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @MessagePattern(CatalogPatterns.Search)
  search(@Payload() request: SearchRequest): Promise<SearchResponse> {
    return this.searchService.search(request);
  }
}
