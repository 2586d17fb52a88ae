/**
 * The first-hour check (issue 20): run after `npm run up`, against the platform it started. Drives
 * the printed player URL in headless Chromium exactly as the player e2e does (test/support/player-walk.ts):
 * rows rendered, search results, a frame decoded, a seek, the resume position stored. Saves the
 * screenshot shown in the README (docs/player.png). Exits 1 with what failed.
 *
 *   npm run up && npm run check:first-hour
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './support/browser.js';
import { storedHistory, walkThePlayer } from './support/player-walk.js';

const ROOT = new URL('..', import.meta.url).pathname;
const gatewayUrl = process.env.GATEWAY_URL ?? `http://${process.env.GATEWAY_HOST ?? '127.0.0.1'}:${process.env.GATEWAY_PORT ?? '3000'}`;
// `npm run up` keeps the demo password in .data/secrets (scripts/lib.sh) unless the environment sets it.
const password = process.env.DEMO_ACCOUNTS_PASSWORD ?? readFileSync(join(process.env.ONSTREAM_DATA_DIR ?? join(ROOT, '.data'), 'secrets/demo-password'), 'utf8').trim();
const credentials = { email: 'viewer@onstream.test', password };

const started = Date.now();
const browser = await launchBrowser();
try {
  const walk = await walkThePlayer(browser, gatewayUrl, credentials, join(ROOT, 'docs/player.png'));
  const history = await storedHistory(`${gatewayUrl}/api/v1`, credentials);
  const stored = history.find((entry) => entry.titleId === walk.saved.titleId);
  const checks: Array<[string, boolean]> = [
    [`rows rendered (${walk.rows})`, walk.rows > 1],
    [`search "test card" found "${walk.firstSearchResult.trim()}"`, walk.firstSearchResult.includes('OnStream Test Card')],
    [`a frame decoded, a seek to 8 s played on, ${walk.qualityOptions - 1} qualities offered`, walk.qualityOptions >= 3],
    [`caption track: ${walk.captionTrack ? `${walk.captionTrack.label} (${walk.captionTrack.language}), ${walk.captionTrack.mode}, ${walk.captionTrack.cues} cues` : 'none'}`, walk.captionTrack?.language === 'en'],
    [`resume position ${walk.saved.positionSeconds} s stored (API says ${stored?.positionSeconds ?? 'nothing'})`, stored?.positionSeconds === walk.saved.positionSeconds],
    [`no player, script or CSP errors (${[...walk.fatalPlayerErrors, ...walk.scriptErrors, ...walk.cspViolations].join('; ') || 'none'})`, walk.fatalPlayerErrors.length + walk.scriptErrors.length + walk.cspViolations.length === 0],
  ];
  for (const [what, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  const failed = checks.filter(([, ok]) => !ok).length;
  console.log(`first-hour check at ${gatewayUrl}/play: ${failed === 0 ? 'passed' : `${failed} failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s (screenshot: docs/player.png)`);
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  await browser.close();
}
