import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import { ImageSizes } from '../titles/image-sizes.js';
import { METADATA_PROVIDER, type MetadataProvider } from './metadata-provider.js';

/** Loads the image sizes the provider's CDN serves (TMDb /configuration) at start and on each nightly refresh. */
@Injectable()
export class ImageConfigurationSync implements OnApplicationBootstrap {
  private readonly logger = new Logger(ImageConfigurationSync.name);

  constructor(
    private readonly sizes: ImageSizes,
    @Optional() @Inject(METADATA_PROVIDER) private readonly provider: MetadataProvider | null,
  ) {}

  onApplicationBootstrap(): void {
    // In the background: a slow or failing TMDb must not hold up the start; the defaults serve meanwhile.
    void this.refresh();
  }

  /** True when the provider answered; failures are logged and the current sizes stay. */
  async refresh(): Promise<boolean> {
    if (!this.provider) return false;
    try {
      this.sizes.replace(await this.provider.imageSizes());
      return true;
    } catch (error) {
      this.logger.warn({ msg: 'image sizes not refreshed; keeping the current ones', err: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }
}
