import { Module } from '@nestjs/common';
import { CommentsController } from './comments.controller.js';

/** HTTP routes of the engagement service: comments, reactions, reports and moderation. */
@Module({
  controllers: [CommentsController],
})
export class EngagementGatewayModule {}
