import { Module } from '@nestjs/common';
import { AggregationModule } from '../aggregation/aggregation.module.js';
import { TrendingService } from './trending.service.js';

@Module({
  imports: [AggregationModule],
  providers: [TrendingService],
  exports: [TrendingService],
})
export class TrendingModule {}
