import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogPatterns, CreateTitleRequest, DeleteTitleRequest, GetTitleRequest, PlaybackCheckRequest, UpdateTitleRequest, type DeletedResponse, type PlaybackCheckResponse, type TitleDetails, type TitlePage } from '@onstream/common';
import { TitlesService } from './titles.service.js';

@Controller()
export class TitlesController {
  constructor(private readonly titles: TitlesService) {}

  @MessagePattern(CatalogPatterns.GetTitle)
  get(@Payload() request: GetTitleRequest): Promise<TitlePage> {
    return this.titles.get(request);
  }

  @MessagePattern(CatalogPatterns.CreateTitle)
  create(@Payload() request: CreateTitleRequest): Promise<TitleDetails> {
    return this.titles.create(request);
  }

  @MessagePattern(CatalogPatterns.UpdateTitle)
  update(@Payload() request: UpdateTitleRequest): Promise<TitleDetails> {
    return this.titles.update(request);
  }

  @MessagePattern(CatalogPatterns.DeleteTitle)
  delete(@Payload() request: DeleteTitleRequest): Promise<DeletedResponse> {
    return this.titles.delete(request);
  }

  @MessagePattern(CatalogPatterns.CheckPlayback)
  checkPlayback(@Payload() request: PlaybackCheckRequest): Promise<PlaybackCheckResponse> {
    return this.titles.checkPlayback(request);
  }
}
