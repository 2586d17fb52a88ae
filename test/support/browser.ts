import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, installed by scripts/infra.sh; CHROMIUM_PATH points elsewhere when needed. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless browser on a machine with no GPU, no sandbox support and no internet: nothing
 * may reach out on its own (component updates, sync, background networking, QUIC probes).
 */
const HEADLESS_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Media must start without a user gesture: the tests drive the player from script.
  '--autoplay-policy=no-user-gesture-required',
];

/** Launches headless Chromium for a browser e2e test; the caller closes it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no browser at ${CHROMIUM_PATH}: run "bash scripts/infra.sh install" (it installs Debian's chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: HEADLESS_FLAGS });
}

/** The hls.js build pages load in browser tests and in the /play page: the npm package's own file. */
export const HLS_JS_PATH = new URL('../../node_modules/hls.js/dist/hls.min.js', import.meta.url).pathname;
