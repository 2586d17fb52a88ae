import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogPatterns, SetTitleHiddenRequest, TitleLookupRequest, TmdbLookupRequest, type TitleRef } from '@onstream/common';
import { TitleModerationService } from './title-moderation.service.js';

@Controller()
export class TitleModerationController {
  constructor(private readonly moderation: TitleModerationService) {}

  @MessagePattern(CatalogPatterns.LookupTitle)
  lookup(@Payload() request: TitleLookupRequest): Promise<TitleRef> {
    return this.moderation.lookup(request);
  }

  @MessagePattern(CatalogPatterns.LookupTmdbTitle)
  lookupTmdb(@Payload() request: TmdbLookupRequest): Promise<TitleRef> {
    return this.moderation.lookupTmdb(request);
  }

  @MessagePattern(CatalogPatterns.SetTitleHidden)
  setHidden(@Payload() request: SetTitleHiddenRequest): Promise<TitleRef> {
    return this.moderation.setHidden(request);
  }
}
