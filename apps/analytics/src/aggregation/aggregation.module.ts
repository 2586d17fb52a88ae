import { Module } from '@nestjs/common';
import { Clock } from '@onstream/common';
import { OwnersModule } from '../owners/owners.module.js';
import { AggregationConsumer } from './aggregation.consumer.js';
import { AggregationService } from './aggregation.service.js';
import { BucketRepository } from './bucket.repository.js';
import { SessionLedgerPruner } from './session-ledger-pruner.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';

@Module({
  imports: [OwnersModule],
  providers: [AggregationService, AggregationConsumer, SessionLedgerRepository, SessionLedgerPruner, BucketRepository, Clock],
  exports: [BucketRepository],
})
export class AggregationModule {}
