import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiOperation, ApiPayloadTooLargeResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { IngestEventsRequest, IngestEventsResponse, type AuthUser } from '@onstream/common';
import { CurrentUser, Public } from '../auth/auth.decorators.js';
import { EventIngestService } from './event-ingest.service.js';
import { batchOf } from './event-screening.js';
import { RateLimit } from '../rate-limit/rate-limit.policy.js';

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly ingest: EventIngestService) {}

  @Post()
  @Public()
  @RateLimit('events')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a batch of player and engagement events (anonymous, or signed in to feed your own report)' })
  @ApiAcceptedResponse({ type: IngestEventsResponse, description: 'Stored for processing; invalid events are listed in `rejected` and not counted.' })
  @ApiBadRequestResponse({ description: 'Batch over EVENTS_MAX_BATCH (ANALYTICS.BATCH_TOO_LARGE), not a batch, or no valid event (ANALYTICS.NO_VALID_EVENTS).' })
  @ApiPayloadTooLargeResponse({ description: 'Body over BODY_LIMIT_BYTES.' })
  @ApiServiceUnavailableResponse({ description: 'The event stream is unreachable; retry the same batch.' })
  @ApiBody({ type: IngestEventsRequest })
  // `unknown`, so the global ValidationPipe leaves the body as parsed: batchOf checks the envelope and
  // the service each event, by compiled schemas (class-transformer copied every event of every batch).
  send(@Body() body: unknown, @CurrentUser() user: AuthUser | undefined): Promise<IngestEventsResponse> {
    return this.ingest.ingest(batchOf(body), user);
  }
}
