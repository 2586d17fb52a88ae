import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CatalogPatterns, CreateTagRequest, DeleteTagRequest, TitleTagRequest, UpdateTagRequest, type ContentTagListResponse, type ContentTagResponse,
  type TagDeletedResponse, type TitleTagsResponse,
} from '@onstream/common';
import { ContentTagsService } from './content-tags.service.js';

@Controller()
export class ContentTagsController {
  constructor(private readonly tags: ContentTagsService) {}

  @MessagePattern(CatalogPatterns.ListTags)
  list(): Promise<ContentTagListResponse> {
    return this.tags.list();
  }

  @MessagePattern(CatalogPatterns.CreateTag)
  create(@Payload() request: CreateTagRequest): Promise<ContentTagResponse> {
    return this.tags.create(request);
  }

  @MessagePattern(CatalogPatterns.UpdateTag)
  update(@Payload() request: UpdateTagRequest): Promise<ContentTagResponse> {
    return this.tags.update(request);
  }

  @MessagePattern(CatalogPatterns.DeleteTag)
  delete(@Payload() request: DeleteTagRequest): Promise<TagDeletedResponse> {
    return this.tags.delete(request);
  }

  @MessagePattern(CatalogPatterns.TagTitle)
  tag(@Payload() request: TitleTagRequest): Promise<TitleTagsResponse> {
    return this.tags.tag(request);
  }

  @MessagePattern(CatalogPatterns.UntagTitle)
  untag(@Payload() request: TitleTagRequest): Promise<TitleTagsResponse> {
    return this.tags.untag(request);
  }
}
