import { Module } from '@nestjs/common';
import { CatalogGatewayModule } from '../catalog/catalog.module.js';
import { CommentsController } from './comments.controller.js';
import { ReactionsController } from './reactions.controller.js';
import { ReportsController } from './reports.controller.js';

/** HTTP routes of the engagement service: comments, reactions, reports and moderation. */
@Module({
  imports: [CatalogGatewayModule],
  controllers: [CommentsController, ReactionsController, ReportsController],
})
export class EngagementGatewayModule {}
