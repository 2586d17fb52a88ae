import { once } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { jest } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { watchRedisConnection } from './watch-connection.js';

// Real Redis from `scripts/infra.sh up`, reached through a TCP relay the test can cut and restore.
const target = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

/** Relays a local port to Redis; `cut()` stops listening and drops every connection, `restore()` listens again on the same port. */
async function relay() {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const restore = async () => {
    server = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  };
  const cut = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server?.close(resolve));
  };
  await restore();
  return { port: () => port, cut, restore };
}

describe('watchRedisConnection (real Redis behind a relay)', () => {
  it('logs one warning while Redis cannot be reached and one line when it is back, and prints nothing to stderr', async () => {
    const link = await relay();
    const logger = { warn: jest.fn(), log: jest.fn() };
    const stderr = jest.spyOn(console, 'error');
    const redis = watchRedisConnection(new Redis(link.port(), '127.0.0.1', { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => 20 }), 'relay test', logger as unknown as Logger);
    try {
      await once(redis, 'ready');
      expect(await redis.ping()).toBe('PONG');

      await link.cut();
      // Many failed reconnects (one every 20 ms), one warning.
      let attempts = 0;
      redis.on('reconnecting', () => (attempts += 1));
      while (attempts < 10) await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(redis.ping()).rejects.toThrow();
      expect(logger.warn).toHaveBeenCalledTimes(1);
      expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ msg: 'Redis connection failing: its commands fail until it is back', use: 'relay test', err: expect.stringContaining('ECONNREFUSED') }));
      expect(logger.log).not.toHaveBeenCalled();

      await link.restore();
      await once(redis, 'ready');
      expect(await redis.ping()).toBe('PONG');
      expect(logger.log).toHaveBeenCalledTimes(1);
      expect(logger.log).toHaveBeenCalledWith({ msg: 'Redis connection back', use: 'relay test' });
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
      redis.disconnect();
      await link.cut();
    }
  });
});
