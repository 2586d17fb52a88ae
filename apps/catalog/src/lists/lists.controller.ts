import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CatalogPatterns, CategoriesRequest, FeedRequest, GenreTitlesRequest, ListTitlesRequest, ViewerRequest,
  type CategoriesResponse, type FeedResponse, type GenreListResponse, type TitleSummaryPage,
} from '@onstream/common';
import { ListsService } from './lists.service.js';

@Controller()
export class ListsController {
  constructor(private readonly lists: ListsService) {}

  @MessagePattern(CatalogPatterns.ListTitles)
  list(@Payload() request: ListTitlesRequest): Promise<TitleSummaryPage> {
    return this.lists.list(request);
  }

  @MessagePattern(CatalogPatterns.GetFeed)
  feed(@Payload() request: FeedRequest): Promise<FeedResponse> {
    return this.lists.feed(request);
  }

  @MessagePattern(CatalogPatterns.ListGenres)
  genres(@Payload() _request: ViewerRequest): Promise<GenreListResponse> {
    return this.lists.listGenres();
  }

  @MessagePattern(CatalogPatterns.ListGenreTitles)
  byGenre(@Payload() request: GenreTitlesRequest): Promise<TitleSummaryPage> {
    return this.lists.byGenre(request);
  }

  @MessagePattern(CatalogPatterns.GetCategories)
  categories(@Payload() request: CategoriesRequest): Promise<CategoriesResponse> {
    return this.lists.categories(request);
  }
}
