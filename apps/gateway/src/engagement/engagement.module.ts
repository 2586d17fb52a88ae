import { Module } from '@nestjs/common';
import { CommentsController } from './comments.controller.js';
import { ReactionsController } from './reactions.controller.js';

/** HTTP routes of the engagement service: comments, reactions, reports and moderation. */
@Module({
  controllers: [CommentsController, ReactionsController],
})
export class EngagementGatewayModule {}
