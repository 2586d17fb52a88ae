/**
 * Identity figures (issue 3), measured through the gateway on one platform:
 * - login throughput and latency at the configured bcrypt cost (12 unless BCRYPT_COST says otherwise);
 * - an authenticated, profile-scoped `GET /me/watchlist` at a fixed 500 req/s, next to the
 *   foundation's trivial NATS round trip (`GET /health/ping/users`) at the same offered load.
 * Asserts only that every response succeeded.
 */
import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { Api } from '../test/support/http.js';
import { IdentitySteps, PASSWORD } from '../test/support/identity.js';
import { Mailbox } from '../test/support/mailbox.js';
import { Platform } from '../test/support/platform.js';
import { measureLoad, printTable, QUIET_PLATFORM_ENV } from './support/load.js';

const BCRYPT_COST = process.env.BCRYPT_COST ?? '12';
const LOGIN_CONNECTIONS = 4; // bcrypt is CPU-bound: more connections only queue
const RATE = 500;
const DURATION_SECONDS = 10;
const WARMUP_SECONDS = 2;

const platform = new Platform();
let measured = false;
try {
  await platform.start({ env: { ...QUIET_PLATFORM_ENV, BCRYPT_COST, MAX_ACTIVE_SESSIONS: '100', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' } });
  const api = new Api((path) => platform.url(path));
  const steps = new IdentitySteps(api, new Mailbox());
  const user = await steps.newUser('bench');

  const login = await measureLoad('login', {
    url: platform.url('/auth/login'),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: PASSWORD }),
    connections: LOGIN_CONNECTIONS,
    durationSeconds: DURATION_SECONDS,
    warmupSeconds: WARMUP_SECONDS,
  });
  // After the login run: its many new sessions push the oldest ones out (MAX_ACTIVE_SESSIONS).
  const session = await steps.login(user.email);
  const profile = await api.post<{ id: string }>('/me/profiles', { name: 'Bench' }, session.accessToken);
  const selected = await api.post<{ accessToken: string }>(`/me/profiles/${profile.body.id}/select`, {}, session.accessToken);
  const profileToken = selected.body.accessToken;
  for (let i = 0; i < 20; i += 1) await api.call('PUT', `/me/watchlist/title-${i}`, { token: profileToken });
  const watchlist = await measureLoad('watchlist', {
    url: platform.url('/me/watchlist'),
    headers: { authorization: `Bearer ${profileToken}` },
    connections: 32,
    rate: RATE,
    durationSeconds: DURATION_SECONDS,
    warmupSeconds: WARMUP_SECONDS,
  });
  const ping = await measureLoad('ping', { url: platform.url('/health/ping/users'), connections: 32, rate: RATE, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS });
  measured = true;

  const setting = `${availableParallelism()} CPUs, Node ${process.version}, ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up`;
  printTable(`POST /auth/login at bcrypt cost ${BCRYPT_COST}, ${LOGIN_CONNECTIONS} connections, ${setting}`, [['login', login]]);
  printTable(`At a fixed ${RATE} req/s offered, 32 connections, ${setting}`, [['GET /me/watchlist (profile token, 20 items)', watchlist], ['GET /health/ping/users (baseline)', ping]], ['watchlist / baseline', watchlist, ping]);
} finally {
  await platform.stop();
  if (measured) rmSync(platform.logDir, { recursive: true, force: true });
}
