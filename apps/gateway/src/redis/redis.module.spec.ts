import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DomainError, ErrorCodes, SessionDenylist } from '@onstream/common';
import type { Redis } from 'ioredis';
import { RedisThrottlerStorage } from '../rate-limit/redis-throttler.storage.js';
import { gatewayRedis } from './redis.module.js';

/**
 * Fault injection: a Redis that accepts the connection and answers the client's ready check, then
 * never answers a command (a stalled or wedged server). The count of commands it received shows that
 * each one really was sent and left unanswered.
 */
function silentRedis(): Promise<{ server: Server; url: string; received: () => number }> {
  let commands = 0;
  const info = '# Server\r\nloading:0\r\n';
  const server = createServer((socket) => {
    socket.on('data', (data) => {
      const text = data.toString('utf8').toLowerCase();
      if (text.includes('info')) socket.write(`$${Buffer.byteLength(info)}\r\n${info}\r\n`);
      else commands += 1;
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`, received: () => commands })));
}

describe('the gateway’s Redis connection when Redis stops answering', () => {
  let silent: Awaited<ReturnType<typeof silentRedis>>;
  let redis: Redis;

  beforeAll(async () => {
    silent = await silentRedis();
    redis = gatewayRedis(silent.url, 100);
    await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
  });

  afterAll(async () => {
    redis.disconnect();
    await new Promise((resolve) => silent.server.close(resolve));
  });

  it('fails the rate-limit check with a 503 that says when to retry, instead of waiting', async () => {
    const refusal = await new RedisThrottlerStorage(redis).increment('default:127.0.0.1', 60_000, 100).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: ErrorCodes.ServiceUnavailable, status: 503, details: { retryAfterSeconds: expect.any(Number) } });
    expect(silent.received()).toBeGreaterThan(0);
  });

  it('fails the session denylist lookup instead of waiting (the token check answers 503)', async () => {
    await expect(new SessionDenylist(redis, 900).isRevoked('session-1')).rejects.toThrow(/timed out/i);
  });
});
