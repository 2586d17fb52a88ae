import { Controller, Get, HttpCode, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { AdTrackingQuery, type AdEventType, type AdTrackingEvent } from '@onstream/common';
import { Public } from '../auth/auth.decorators.js';
import { RateLimit } from '../rate-limit/rate-limit.policy.js';
import { EventIngestService } from './event-ingest.service.js';

/** VAST tracker names → our analytics event types. */
const EVENT_TYPES: Record<AdTrackingEvent, AdEventType> = {
  impression: 'ad_impression',
  firstQuartile: 'ad_first_quartile',
  midpoint: 'ad_midpoint',
  thirdQuartile: 'ad_third_quartile',
  complete: 'ad_complete',
  click: 'ad_click',
};

/**
 * The trackers of the built-in VAST server: players (their ad SDKs) fetch them as pixels, without
 * credentials. Each becomes one analytics event of the playback session, with an id per break and
 * tracker, so a repeated pixel counts once.
 */
@ApiTags('ads')
@Controller('ads')
export class AdTrackingController {
  constructor(private readonly ingest: EventIngestService) {}

  @Get('track')
  @Public()
  @RateLimit('events')
  @HttpCode(204)
  @ApiOperation({ summary: 'VAST tracking pixel: an ad impression, quartile, completion or click of one break of one playback' })
  @ApiNoContentResponse({ description: 'Counted (once per playback session, break and tracker).' })
  @ApiBadRequestResponse({ description: 'Unknown tracker, malformed ids, or a session id media did not issue for the video (ANALYTICS.NO_VALID_EVENTS).' })
  @ApiServiceUnavailableResponse({ description: 'The event stream is unreachable; the player may fire the pixel again.' })
  async track(@Query() { event, videoId, sessionId, breakId }: AdTrackingQuery): Promise<void> {
    const now = new Date();
    await this.ingest.ingest({ events: [{ id: `ad-${breakId}-${event}`, sessionId, videoId, type: EVENT_TYPES[event], clientTs: now.toISOString(), adBreakId: breakId }] }, undefined, now);
  }
}
