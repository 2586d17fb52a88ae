import { Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { HealthReporter, pingMongo } from '@onstream/common';
import type { Connection } from 'mongoose';

@Module({
  providers: [
    {
      provide: HealthReporter,
      useFactory: (mongo: Connection) => new HealthReporter('engagement', { mongo: () => pingMongo(mongo) }),
      inject: [getConnectionToken()],
    },
  ],
  exports: [HealthReporter],
})
export class HealthModule {}
