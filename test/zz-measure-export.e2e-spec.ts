import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MongoClient } from 'mongodb';
import { mintBillingCaller } from './support/billing-tokens.js';
import { Platform } from './support/platform.js';

const platform = new Platform();
beforeAll(() => platform.start({ env: { BILLING_SWEEP_INTERVAL_MS: '0' } }), 120_000);
afterAll(() => platform.stop(), 120_000);

function rssKb(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const get = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: get('VmRSS'), hwm: get('VmHWM') };
}

it('measures a 100,000-row CSV export', async () => {
  const viewer = mintBillingCaller(platform);
  const rows = 100_000;
  const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  const t0 = Date.now();
  const ledger = client.db(`${platform.runId}billing`).collection('ledger');
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let start = 0; start < rows; start += 5000) {
    await ledger.insertMany(Array.from({ length: 5000 }, (_, j) => {
      const i = start + j;
      return { _id: randomUUID() as never, key: `m:${i}`, userId: viewer.userId, type: 'ppv', status: 'completed', amount: 100 + i, netAmount: 100 + i, taxAmount: 0, taxRate: 0, taxCountry: 'US', currency: 'EUR', method: 'sandbox:card-4242', provider: 'sandbox', providerPaymentId: `m_${i}`, description: `Purchase ${i}`, purpose: { kind: 'ppv', purchaseId: `p${i}`, videoId: `v${i % 50}`, creatorId: 'c' }, metadata: {}, createdAt: new Date(base + i * 1000) };
    }));
  }
  await client.close();
  const seeded = Date.now() - t0;
  const gatewayPid = platform.app('gateway').pid ?? 0;
  const billingPid = platform.app('billing').pid ?? 0;
  const before = { gateway: rssKb(gatewayPid), billing: rssKb(billingPid) };
  let peakGateway = 0;
  const sampler = setInterval(() => (peakGateway = Math.max(peakGateway, rssKb(gatewayPid).rss)), 100);
  const t1 = Date.now();
  const response = await fetch(platform.url('/payments/history/export.csv'), { headers: { authorization: `Bearer ${viewer.token}` } });
  let bytes = 0;
  let lines = 0;
  const firstByte = Date.now() - t1;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines += 1;
  }
  const total = Date.now() - t1;
  clearInterval(sampler);
  const after = { gateway: rssKb(gatewayPid), billing: rssKb(billingPid) };
  console.log(JSON.stringify({ rows, seededMs: seeded, firstByteMs: firstByte, totalMs: total, bytes, lines, before, after, peakGatewayRssKb: peakGateway }));
  expect(lines).toBe(rows + 1);
}, 900_000);
