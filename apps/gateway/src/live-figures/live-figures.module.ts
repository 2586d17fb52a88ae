import { Global, Module } from '@nestjs/common';
import { LiveCommunityRatings, LiveReactionCounts } from './live-figures.js';
import { LivePartsInterceptor, LivePartsOfRoute } from './live-parts.js';

/** Everywhere in the gateway: detail routes of several modules read them, write routes forget them. */
@Global()
@Module({
  providers: [LiveReactionCounts, LiveCommunityRatings, LivePartsOfRoute, LivePartsInterceptor],
  exports: [LiveReactionCounts, LiveCommunityRatings, LivePartsOfRoute, LivePartsInterceptor],
})
export class LiveFiguresModule {}
