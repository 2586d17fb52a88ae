import { Api, type ApiResponse, type Problem } from './support/http.js';
import { IdentitySteps, PASSWORD, type TokenPair } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { freePort, waitFor } from './support/processes.js';

/**
 * A burst of logins against a slow hash (issue 15, ADR 0020): the gateway gives each login 2 s, the
 * users service hashes one password at a time at cost 12, so most of 50 parallel logins cannot be
 * served in time. They must end as fast 503s with Retry-After, no hash may start for a caller who has
 * given up, and the service must be answering again right after the deadline, not minutes later.
 */
const LOGIN_DEADLINE_MS = 2000;
const BURST = 50;
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());
let usersMetrics = '';

beforeAll(async () => {
  const port = await freePort();
  usersMetrics = `http://127.0.0.1:${port}/metrics`;
  await platform.start({
    appEnv: {
      gateway: { NATS_PATTERN_TIMEOUTS: `users.auth.login=${LOGIN_DEADLINE_MS}` },
      users: {
        METRICS_PORT: String(port),
        BCRYPT_COST: '12',
        BCRYPT_CONCURRENCY: '1',
        // The burst signs one account in 50 times at once: every try is counted before its password is checked.
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
        MAX_ACTIVE_SESSIONS: '100',
      },
    },
  });
}, 240_000);
afterAll(() => platform.stop(), 150_000);

type Outcome = 'ok' | 'finished_late' | 'started_late' | 'refused';

/** The users service's own count of bcrypt runs by outcome, and of messages admission dropped past their deadline. */
async function usersFigures(): Promise<Record<Outcome | 'droppedBeforeHandler', number>> {
  const text = await (await fetch(usersMetrics)).text();
  const value = (metric: string, label: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${metric}{`) && l.includes(label));
    return line ? Number(line.split(' ').at(-1)) : undefined;
  };
  const runs = (outcome: Outcome) => {
    const count = value('onstream_bcrypt_runs_total', `outcome="${outcome}"`);
    if (count === undefined) throw new Error(`the users service exports no bcrypt runs with outcome ${outcome}`);
    return count;
  };
  return {
    ok: runs('ok'),
    finished_late: runs('finished_late'),
    started_late: runs('started_late'),
    refused: runs('refused'),
    droppedBeforeHandler: value('onstream_admission_refusals_total', 'reason="deadline"') ?? 0,
  };
}

describe('a burst of 50 logins against a 2 s deadline', () => {
  it('serves what fits, answers the rest 503 + Retry-After, starts no hash after its deadline and answers a ping once the burst is answered', async () => {
    const { email } = await steps.newUser('burst');
    const before = await usersFigures();
    expect(before.started_late).toBe(0);

    const firedAt = Date.now();
    const answers: Array<ApiResponse<Problem>> = await Promise.all(Array.from({ length: BURST }, () => api.post<Problem>('/auth/login', { email, password: PASSWORD })));
    // The deadline of the earliest login; later ones got theirs a moment after, so this is the strict reading.
    const deadline = firedAt + LOGIN_DEADLINE_MS;

    const pinged = await waitFor('a ping of the users service through the gateway', async () => ((await api.get('/health/ping/users')).status === 200 ? Date.now() : undefined), 30_000, 20);
    const pingAfterDeadlineMs = pinged - deadline;

    const served = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(served.length + refused.length).toBe(BURST);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(answer.body).toMatchObject({ status: 503, code: expect.stringMatching(/^COMMON\./) });
    }

    // Every login has reached an end in the users service: hashed, refused at its deadline, or dropped before its handler.
    const after = await waitFor('every login of the burst to be settled in the users service', async () => {
      const figures = await usersFigures();
      const settled = (['ok', 'finished_late', 'started_late', 'refused', 'droppedBeforeHandler'] as const).reduce((sum, key) => sum + figures[key] - before[key], 0);
      return settled >= BURST ? figures : undefined;
    });
    const runs = {
      ok: after.ok - before.ok,
      finished_late: after.finished_late - before.finished_late,
      started_late: after.started_late - before.started_late,
      refused: after.refused - before.refused,
      droppedBeforeHandler: after.droppedBeforeHandler - before.droppedBeforeHandler,
    };
    const codes = refused.reduce<Record<string, number>>((counts, answer) => ({ ...counts, [answer.body.code]: (counts[answer.body.code] ?? 0) + 1 }), {});
    console.log(`login burst: ${served.length} served, ${refused.length} answered 503 ${JSON.stringify(codes)}; bcrypt runs ${JSON.stringify(runs)}; users answered a ping ${pingAfterDeadlineMs} ms after the deadline (negative: before it)`);

    expect(runs.started_late).toBe(0);
    expect(after.started_late).toBe(0);
    // A served login is a hash that ended in time.
    expect(runs.ok).toBeGreaterThanOrEqual(served.length);
    // How soon after the deadline users answers again is a figure (printed above), not an assertion:
    // on a loaded machine it moves with scheduling; what must hold is that no hash outlives its caller.

    // The burst is over: a normal login succeeds. One cost-12 hash alone can still miss the 2 s
    // deadline when the machine is loaded (a fresh-clone run saw it), so a 503 is tried again; any
    // other answer is final.
    const login = await waitFor('a login once the burst is over', async () => {
      const answer = await api.post<TokenPair>('/auth/login', { email, password: PASSWORD });
      return answer.status === 503 ? undefined : answer;
    }, 30_000, 200);
    expect(login.status).toBe(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
  });
});
