import { Module, type DynamicModule } from '@nestjs/common';
import { ANALYTICS_STREAM, Clock, ENGAGEMENT_STREAM, JetStreamModule, ServiceClientsModule, serviceDatabase, ServiceHealthController } from '@onstream/common';
import { CommentLikesService } from './comments/comment-likes.service.js';
import { CommentSettingsRepository } from './comments/comment-settings.repository.js';
import { CommentSettingsService } from './comments/comment-settings.service.js';
import { CommentsController } from './comments/comments.controller.js';
import { CommentsRepository } from './comments/comments.repository.js';
import { CommentsService } from './comments/comments.service.js';
import { LikeCountRefresher } from './comments/like-count-refresher.js';
import { EngagementConfig } from './engagement.config.js';
import { EngagementOutbox } from './events/engagement-outbox.js';
import { FaultPoints } from './faults/fault-points.js';
import { HealthModule } from './health/health.module.js';
import { ReactionsController } from './reactions/reactions.controller.js';
import { ReactionsRepository } from './reactions/reactions.repository.js';
import { ReactionsService } from './reactions/reactions.service.js';
import { AuditRepository } from './moderation/audit.repository.js';
import { ModerationEffects } from './moderation/moderation-effects.js';
import { ReportsController } from './moderation/reports.controller.js';
import { ReportsRepository } from './moderation/reports.repository.js';
import { ReportsService } from './moderation/reports.service.js';
import { TargetDirectory } from './targets/target-directory.js';

@Module({})
export class EngagementModule {
  static forRoot(config: EngagementConfig): DynamicModule {
    return {
      module: EngagementModule,
      imports: [
        serviceDatabase(config, 'engagement'),
        // Asks media and catalog whether targets exist and who owns them; sets their moderation flags.
        ServiceClientsModule.forRoot({ servers: config.natsServers, timeoutMs: config.NATS_REQUEST_TIMEOUT_MS, name: 'engagement' }),
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'engagement', streams: [ENGAGEMENT_STREAM, ANALYTICS_STREAM] }),
        HealthModule,
      ],
      controllers: [ServiceHealthController('engagement'), CommentsController, ReactionsController, ReportsController],
      providers: [
        { provide: EngagementConfig, useValue: config },
        Clock,
        TargetDirectory,
        EngagementOutbox,
        FaultPoints,
        AuditRepository,
        CommentsRepository,
        CommentSettingsRepository,
        CommentsService,
        CommentLikesService,
        LikeCountRefresher,
        CommentSettingsService,
        ReactionsRepository,
        ReactionsService,
        ReportsRepository,
        ReportsService,
        ModerationEffects,
      ],
    };
  }
}
