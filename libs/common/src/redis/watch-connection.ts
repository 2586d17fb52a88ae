import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

/**
 * Logs a Redis connection's state changes once each: failing (with the first error), then back.
 * Without an `error` listener ioredis prints every failed reconnect's stack to stderr ("Unhandled
 * error event"), outside the structured log and for as long as Redis is down.
 */
export function watchRedisConnection<T extends Redis>(redis: T, use: string, logger = new Logger('redis')): T {
  let failing = false;
  redis.on('error', (error: Error) => {
    if (failing) return;
    failing = true;
    logger.warn({ msg: 'Redis connection failing: its commands fail until it is back', use, err: error.message });
  });
  redis.on('ready', () => {
    if (!failing) return;
    failing = false;
    logger.log({ msg: 'Redis connection back', use });
  });
  return redis;
}

/**
 * A BullMQ queue re-emits its connection's errors and prints them when nothing listens; the
 * connection is watched by watchRedisConnection, which logs them once, so the queue's copies are dropped.
 */
export function ignoreQueueErrorEvents(queue: { on(event: 'error', listener: (error: Error) => void): unknown }): void {
  queue.on('error', () => undefined);
}
