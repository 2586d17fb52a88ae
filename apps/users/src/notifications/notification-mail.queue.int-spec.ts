import { jest } from '@jest/globals';
import { DomainError } from '@onstream/common';
import { randomUUID } from 'node:crypto';
import { testConfig } from '../testing/factories.js';
import { NotificationMailQueue } from './notification-mail.queue.js';
import type { NotificationMailService } from './notification-mail.service.js';
import { NotificationMailWorker } from './notification-mail.worker.js';

// Real Redis (BullMQ) from `scripts/infra.sh up`; SMTP is replaced by a sender that fails on purpose.
const config = testConfig({ MONGO_DB_PREFIX: `it_${randomUUID().slice(0, 8)}_`, NOTIFICATION_MAIL_ATTEMPTS: '4', NOTIFICATION_MAIL_BACKOFF_MS: '100', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });

async function eventually(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('notification e-mail queue (real Redis, BullMQ)', () => {
  const failuresLeft = new Map<string, number>();
  const delivered = new Set<string>();
  const deliver = jest.fn<NotificationMailService['deliver']>().mockImplementation(async (id) => {
    const left = failuresLeft.get(id) ?? 0;
    failuresLeft.set(id, left - 1);
    if (left > 0) throw DomainError.unavailable('E-mail cannot be sent right now; try again in a moment.');
    delivered.add(id);
    return 'sent';
  });
  const giveUp = jest.fn<NotificationMailService['giveUp']>().mockResolvedValue(undefined);
  const queue = new NotificationMailQueue(config);
  const worker = new NotificationMailWorker({ deliver, giveUp } as unknown as NotificationMailService, config);

  beforeAll(() => worker.onApplicationBootstrap());
  afterAll(async () => {
    await worker.onApplicationShutdown();
    await queue.onApplicationShutdown();
  });

  const calls = (id: string) => deliver.mock.calls.filter(([called]) => called === id).length;

  it('retries a failing SMTP send until it goes through', async () => {
    const id = `n-${randomUUID()}`;
    failuresLeft.set(id, 2);
    await queue.enqueue(id);
    await eventually(() => delivered.has(id));
    expect(calls(id)).toBe(3);
    expect(giveUp).not.toHaveBeenCalledWith(id);
  });

  it('gives the e-mail up after the configured number of tries', async () => {
    const id = `n-${randomUUID()}`;
    failuresLeft.set(id, 100);
    await queue.enqueue(id);
    await eventually(() => giveUp.mock.calls.some(([called]) => called === id));
    expect(calls(id)).toBe(4);
  });
});
