import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActorRequest, CatalogPatterns, GetCatalogJobRequest, StartBackfillRequest, type CatalogJobResponse } from '@onstream/common';
import { CatalogJobsService } from './catalog-jobs.service.js';

@Controller()
export class CatalogJobsController {
  constructor(private readonly jobs: CatalogJobsService) {}

  @MessagePattern(CatalogPatterns.StartBackfill)
  startBackfill(@Payload() request: StartBackfillRequest): Promise<CatalogJobResponse> {
    return this.jobs.startBackfill(request);
  }

  @MessagePattern(CatalogPatterns.GetCatalogJob)
  get(@Payload() request: GetCatalogJobRequest): Promise<CatalogJobResponse> {
    return this.jobs.get(request);
  }

  @MessagePattern(CatalogPatterns.RunTmdbRefresh)
  runRefresh(@Payload() request: ActorRequest): Promise<CatalogJobResponse> {
    return this.jobs.runRefresh(request.actor);
  }

  @MessagePattern(CatalogPatterns.TrainRecommender)
  trainRecommender(@Payload() request: ActorRequest): Promise<CatalogJobResponse> {
    return this.jobs.trainRecommender(request.actor);
  }
}
