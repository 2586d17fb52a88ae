import { jest } from '@jest/globals';
import type { AdminStatsResponse, ReportResponse } from '@onstream/common';
import { PlayerLoad } from './support/analytics-load.js';
import { playbackSessionId } from './support/playback-sessions.js';
import { analyticsToken } from './support/analytics-tokens.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

const platform = new Platform();
let admin = '';

// The drain after the restarts is slow on FerretDB (up to ~90 s here): it used to be polled through
// /admin/stats every 250 ms, whose counts competed with the consumer for FerretDB and made about half
// the runs miss a 120 s deadline (consumer never stuck: pending and ack-pending fell steadily). Polled
// every 2 s with 180 s it passed 3 runs of 3 first time. The retry stays as insurance for a loaded CI
// machine: it runs with its own video id, and lost or double-counted events fail both attempts.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

async function adminGet<T>(path: string): Promise<T | undefined> {
  const response = await fetch(platform.url(path), { headers: { authorization: `Bearer ${admin}` } });
  return response.status === 200 ? ((await response.json()) as T) : undefined;
}

beforeAll(async () => {
  await platform.start({ env: { VIEW_THRESHOLD_SECONDS: '30', TRENDING_INTERVAL_MS: '0' } });
  admin = analyticsToken(platform, 'admin-load', 'admin');
});
afterAll(() => platform.stop());

it('counts every accepted event exactly once although analytics is killed and NATS restarted under load', async () => {
  const videoId = `vid-load-${Date.now().toString(36)}`;
  const load = new PlayerLoad(platform.url('/events'), videoId, () => playbackSessionId(platform, videoId));
  const batchesReach = (count: number) => waitFor(`${count} accepted batches`, async () => (load.tally.batches >= count ? true : undefined), 60_000, 20);
  load.start();

  await batchesReach(40);
  await platform.app('analytics').stop(0); // SIGKILL at once: no graceful drain
  await batchesReach(load.tally.batches + 80); // the gateway keeps accepting while analytics is gone
  platform.app('analytics').start();
  await waitFor('analytics to answer again', async () => ((await fetch(platform.url('/health/ping/analytics'))).status === 200 ? true : undefined), 60_000, 100);

  await batchesReach(load.tally.batches + 40);
  await platform.restartNats();
  await batchesReach(load.tally.batches + 80); // only possible once NATS is back
  const sent = await load.stop();

  await waitFor('the analytics consumer to drain', async () => {
    const stats = await adminGet<AdminStatsResponse>('/admin/stats');
    return stats && stats.streamPending === 0 && stats.streamAckPending === 0 ? true : undefined;
  }, 180_000, 2000); // admin stats count over FerretDB: polled often, they slowed the drain they watch
  const hour = 3600_000;
  const from = new Date(Date.now() - 3 * hour).toISOString();
  const to = new Date(Date.now() + hour).toISOString();
  const report = await adminGet<ReportResponse>(`/analytics/videos/${videoId}?from=${from}&to=${to}&granularity=hour`);

  expect(sent.retries).toBeGreaterThan(0); // NATS really was down for a while
  expect(report?.totals).toMatchObject({ events: sent.events, watchTimeSec: sent.watchSec, starts: sent.sessions, views: sent.sessions, uniqueViewers: sent.sessions });
}, 300_000);
