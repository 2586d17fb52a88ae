import { Module } from '@nestjs/common';
import { CatalogGatewayModule } from '../../catalog/catalog.module.js';
import { MediaEdgeModule } from '../../media/media.module.js';
import { OttAccountController } from './ott-account.controller.js';
import { OttDiscoveryController } from './ott-discovery.controller.js';
import { OttMoneyController } from './ott-money.controller.js';
import { OttUploadsController } from './ott-uploads.controller.js';
import { OttVideosController } from './ott-videos.controller.js';

/** Seed 004, the OTT platform API specification, at its root paths (docs/compat.md). */
@Module({
  imports: [CatalogGatewayModule, MediaEdgeModule],
  controllers: [OttAccountController, OttVideosController, OttMoneyController, OttDiscoveryController, OttUploadsController],
})
export class OttPlatformCompatModule {}
