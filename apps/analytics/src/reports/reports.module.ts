import { Module } from '@nestjs/common';
import { AggregationModule } from '../aggregation/aggregation.module.js';
import { OwnersModule } from '../owners/owners.module.js';
import { TrendingModule } from '../trending/trending.module.js';
import { AdminStatsService } from './admin-stats.service.js';
import { BillingFigures } from './billing-figures.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [AggregationModule, OwnersModule, TrendingModule],
  controllers: [ReportsController],
  providers: [ReportsService, AdminStatsService, BillingFigures],
})
export class ReportsModule {}
