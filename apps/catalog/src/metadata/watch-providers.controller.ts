import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogPatterns, CheckWatchProvidersRequest, ListWatchProvidersRequest, type CheckWatchProvidersResponse, type WatchProviderListResponse } from '@onstream/common';
import { WatchProvidersService } from './watch-providers.service.js';

@Controller()
export class WatchProvidersController {
  constructor(private readonly watch: WatchProvidersService) {}

  @MessagePattern(CatalogPatterns.ListWatchProviders)
  list(@Payload() request: ListWatchProvidersRequest): Promise<WatchProviderListResponse> {
    return this.watch.list(request);
  }

  @MessagePattern(CatalogPatterns.CheckWatchProviders)
  check(@Payload() request: CheckWatchProvidersRequest): Promise<CheckWatchProvidersResponse> {
    return this.watch.check(request);
  }
}
