import { Module } from '@nestjs/common';
import { OwnersModule } from '../owners/owners.module.js';
import { AggregationConsumer } from './aggregation.consumer.js';
import { AggregationService } from './aggregation.service.js';
import { BucketRepository } from './bucket.repository.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';

@Module({
  imports: [OwnersModule],
  providers: [AggregationService, AggregationConsumer, SessionLedgerRepository, BucketRepository],
  exports: [BucketRepository],
})
export class AggregationModule {}
