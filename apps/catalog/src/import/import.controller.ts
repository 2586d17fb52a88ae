import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActorRequest, CatalogPatterns, ImportFromProviderRequest, type ImportStatusResponse, type SeriesImportResponse, type TitleDetails } from '@onstream/common';
import { ProviderImportService } from '../metadata/provider-import.service.js';
import { SeriesImportService } from '../metadata/series-import.service.js';
import { SeedImportService } from './seed-import.service.js';

@Controller()
export class ImportController {
  constructor(
    private readonly seed: SeedImportService,
    private readonly providerImport: ProviderImportService,
    private readonly seriesImport: SeriesImportService,
  ) {}

  @MessagePattern(CatalogPatterns.GetImportStatus)
  status(@Payload() request: ActorRequest): Promise<ImportStatusResponse> {
    return this.seed.status(request);
  }

  @MessagePattern(CatalogPatterns.ImportFromTmdb)
  importFromTmdb(@Payload() request: ImportFromProviderRequest): Promise<TitleDetails> {
    return this.providerImport.importMovie(request);
  }

  @MessagePattern(CatalogPatterns.ImportSeriesFromTmdb)
  importSeriesFromTmdb(@Payload() request: ImportFromProviderRequest): Promise<SeriesImportResponse> {
    return this.seriesImport.importSeries(request);
  }
}
