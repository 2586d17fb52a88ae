import { MongooseModule } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { ServiceConfig } from '../config/base.config.js';
import { readsWithinDeadline } from './read-deadline.js';

/**
 * The service's own database. Short server-selection timeouts make a Mongo outage surface as a
 * failed call (and a 503 at the gateway) instead of requests queueing past the NATS deadline;
 * reads made for a request stop at its deadline (readsWithinDeadline).
 */
export function serviceDatabase(config: ServiceConfig, database: string) {
  return MongooseModule.forRoot(config.MONGO_URL, {
    dbName: `${config.MONGO_DB_PREFIX}${database}`,
    serverSelectionTimeoutMS: 3000,
    connectTimeoutMS: 3000,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    retryDelay: 1000,
    connectionFactory: (connection: Connection) => connection.plugin(readsWithinDeadline),
  });
}

export async function pingMongo(connection: Connection): Promise<void> {
  if (!connection.db) throw new Error('not connected');
  await connection.db.admin().ping();
}
