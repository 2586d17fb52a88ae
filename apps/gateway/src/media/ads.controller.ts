import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { MediaClient, MediaPatterns, VastQuery } from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { apiBaseOf } from './api-base.js';

/** The built-in VAST 4.2 ad server (house ads), the AdTagURI of every VMAP break unless AD_VAST_TAG_URL names another. */
@ApiTags('ads')
@Controller('ads')
export class AdsController {
  constructor(private readonly media: MediaClient) {}

  @Get('vast')
  @Public()
  @Header('cache-control', 'no-store')
  @Header('content-type', 'application/xml; charset=utf-8')
  @ApiOperation({ summary: 'VAST 4.2 for one ad break of one playback: a house ad whose impression, quartile and click trackers feed analytics (an empty VAST when the break is not scheduled)' })
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'VAST 4.2 XML', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'No such ad-supported video, or a session id media did not issue for it.' })
  async vast(@Query() query: VastQuery, @Req() request: FastifyRequest): Promise<string> {
    const { body } = await this.media.send(MediaPatterns.GetVast, { ...query, apiBase: apiBaseOf(request) });
    return body;
  }
}
