import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActorRequest, CatalogPatterns, type ImportStatusResponse } from '@onstream/common';
import { SeedImportService } from './seed-import.service.js';

@Controller()
export class ImportController {
  constructor(private readonly seed: SeedImportService) {}

  @MessagePattern(CatalogPatterns.GetImportStatus)
  status(@Payload() request: ActorRequest): Promise<ImportStatusResponse> {
    return this.seed.status(request);
  }
}
