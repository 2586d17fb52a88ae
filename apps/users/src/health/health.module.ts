import { Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { HealthReporter, pingMongo } from '@onstream/common';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import { REDIS } from '../infrastructure/redis.providers.js';

@Module({
  providers: [
    {
      provide: HealthReporter,
      useFactory: (mongo: Connection, redis: Redis) => new HealthReporter('users', { mongo: () => pingMongo(mongo), redis: () => redis.ping() }),
      inject: [getConnectionToken(), REDIS],
    },
  ],
  exports: [HealthReporter],
})
export class HealthModule {}
