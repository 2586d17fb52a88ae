import { Test, type TestingModule } from '@nestjs/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import { DomainError, loadConfig, serviceDatabase, type EventEnvelope, type JetStreamBus, type MediaClient, type PlaybackBatch, type PlaybackEvent } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { Connection } from 'mongoose';
import { BillingConfig } from '../billing.config.js';
import { ledgerIdOf } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { AdRevenueConsumer } from './ad-revenue.consumer.js';

// Redelivery against real FerretDB: however often an impression arrives, the ledger holds one entry.
describe('AdRevenueConsumer (FerretDB)', () => {
  let moduleRef: TestingModule;
  let ledger: LedgerRepository;
  let config: BillingConfig;
  const owners: Record<string, string | Error> = { v1: 'creator-1', v9: DomainError.notFound('The video'), vdown: DomainError.unavailable('media is down') };
  const media = strictMock<MediaClient>('MediaClient', {
    send: (async (_pattern: string, { id }: { id: string }) => {
      const owner = owners[id];
      if (owner instanceof Error) throw owner;
      return { id, ownerId: owner, hidden: false };
    }) as unknown as MediaClient['send'],
  });
  const impression = (sessionId: string, breakId: string, videoId = 'v1'): PlaybackEvent => ({ id: `ad-${breakId}-impression`, sessionId, videoId, type: 'ad_impression', clientTs: '2027-01-15T10:00:00.000Z', adBreakId: breakId });
  const envelope = (id: string, events: PlaybackEvent[]): EventEnvelope<PlaybackBatch> => ({ id, type: 'analytics.playback.batch', occurredAt: '2027-01-15T10:00:01.000Z', data: { batchId: id, receivedAt: '2027-01-15T10:00:01.000Z', events } });
  const range = { from: '2027-01-01T00:00:00.000Z', to: '2027-02-01T00:00:00.000Z' };
  let consumer: AdRevenueConsumer;

  beforeAll(async () => {
    config = loadConfig(BillingConfig, { ...process.env, MONGO_DB_PREFIX: `it_${Math.random().toString(36).slice(2, 10)}_`, LOG_LEVEL: 'warn', BILLING_AD_CPM_MINOR: '2400' });
    moduleRef = await Test.createTestingModule({ imports: [serviceDatabase(config, 'billing')], providers: [LedgerRepository] }).compile();
    await moduleRef.init();
    ledger = moduleRef.get(LedgerRepository);
    consumer = new AdRevenueConsumer(strictMock<JetStreamBus>('JetStreamBus', {}), ledger, media, config);
  });

  afterAll(async () => {
    await moduleRef.get<Connection>(getConnectionToken()).dropDatabase();
    await moduleRef.close();
  });

  it('records each session and break once under redelivery, concurrent deliveries and repeated pixels', async () => {
    const batch = envelope('b1', [impression('s1', 'preroll'), impression('s1', 'midroll-1'), impression('s2', 'preroll')]);
    await consumer.record(batch);
    await Promise.all([consumer.record(batch), consumer.record(batch), consumer.record(envelope('b2', [impression('s1', 'preroll'), impression('s3', 'postroll')]))]);
    const entries = await ledger.creatorAdImpressions('creator-1', range);
    expect(entries.map((e) => e.key).sort()).toEqual(['ad:s1:midroll-1', 'ad:s1:preroll', 'ad:s2:preroll', 'ad:s3:postroll']);
    expect(entries.every((e) => e.type === 'ad_revenue' && e.purpose.kind === 'ad' && e.purpose.cpmMinor === 2400 && e.currency === 'EUR')).toBe(true);
  });

  it('pays nothing for a video media does not know, and leaves a batch unacknowledged when media does not answer', async () => {
    await expect(consumer.record(envelope('b3', [impression('s9', 'preroll', 'v9')]))).resolves.toBeUndefined();
    await expect(consumer.record(envelope('b4', [impression('s8', 'preroll', 'vdown')]))).rejects.toThrow('media is down');
    expect((await ledger.creatorAdImpressions('creator-1', range)).map((e) => e.key)).toHaveLength(4);
    expect(await ledger.findById(ledgerIdOf('ad:s9:preroll'))).toBeNull();
    expect(await ledger.findById(ledgerIdOf('ad:s8:preroll'))).toBeNull();
  });
});
