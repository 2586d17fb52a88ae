import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { freePort, ManagedProcess, waitFor } from './processes.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const APPS = ['users', 'catalog', 'media', 'billing', 'analytics', 'engagement', 'gateway'] as const;
export type AppName = (typeof APPS)[number];

const DATA_DIR = process.env.ONSTREAM_DATA_DIR ?? join(ROOT, '.data');
export const TOOLS_BIN = process.env.ONSTREAM_TOOLS_BIN ?? join(process.env.HOME ?? '/root', '.cache/onstream/bin');
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const REDIS_URL = (process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '');

export interface PlatformOptions {
  /** Extra environment for every app. */
  env?: Record<string, string>;
  /** Extra environment for one app (e.g. its own METRICS_PORT). */
  appEnv?: Partial<Record<AppName, Record<string, string>>>;
  /** How long the seven apps may take to report ready (a loaded machine needs more than the default). */
  readyTimeoutMs?: number;
}

/**
 * The whole platform for one e2e file: its own NATS server (JetStream on) and its own Mongo
 * databases (a random prefix), the seven apps built in dist/ as separate processes, and the
 * shared Redis/MinIO of `scripts/infra.sh up`.
 */
class StartupFailure extends Error {
  override name = 'StartupFailure';
}

export class Platform {
  readonly apps = new Map<AppName, ManagedProcess>();
  private nats: ManagedProcess | undefined;
  readonly runId = `e2e_${randomBytes(4).toString('hex')}_`;
  readonly logDir = join(DATA_DIR, 'logs', 'e2e', this.runId.slice(0, -1));
  baseUrl = '';
  env: NodeJS.ProcessEnv = {};

  async start(options: PlatformOptions = {}): Promise<void> {
    for (const app of APPS) {
      if (!existsSync(join(ROOT, 'dist/apps', app, 'main.js'))) throw new Error(`dist/apps/${app}/main.js is missing: run "npm run build" first`);
    }
    mkdirSync(this.logDir, { recursive: true });
    const [natsPort, gatewayPort] = [await freePort(), await freePort()];
    this.nats = new ManagedProcess('nats', join(TOOLS_BIN, 'nats-server'), ['-a', '127.0.0.1', '-p', String(natsPort), '-js', '-sd', join(this.logDir, 'jetstream')], process.env, join(this.logDir, 'nats.log'));
    this.nats.start();
    this.baseUrl = `http://127.0.0.1:${gatewayPort}`;
    this.env = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      NATS_URL: `nats://127.0.0.1:${natsPort}`,
      MONGO_URL,
      MONGO_DB_PREFIX: this.runId,
      // A Redis database of its own (1-15) keeps rate-limit and cache keys of parallel runs apart.
      REDIS_URL: `${REDIS_URL}/${1 + Math.floor(Math.random() * 15)}`,
      GATEWAY_PORT: String(gatewayPort),
      BCRYPT_COST: '8',
      SHUTDOWN_GRACE_MS: '300',
      JWT_SECRET: randomBytes(32).toString('hex'),
      // Every e2e request comes from 127.0.0.1 and Redis outlives a run: per-IP guessing limits
      // would add up across runs and files. Per-account limits stay on (tests use fresh e-mails).
      LOGIN_MAX_FAILURES_PER_IP: '100000',
      PAIRING_MAX_FAILURES_PER_IP: '100000',
      // The catalog would import the whole MovieLens seed in the background of every run; only the
      // catalog specs that need it turn it on.
      CATALOG_SEED_ON_START: 'false',
      // Per-IP request limits likewise: every request comes from 127.0.0.1; rate-limits.e2e-spec sets low ones.
      ...Object.fromEntries(['DEFAULT', 'LOGIN', 'SIGNUP', 'PASSWORD_RESET', 'PAIRING', 'EVENTS'].map((name) => [`RATE_LIMIT_${name}`, '1000000000'])),
      ...options.env,
    };
    for (const app of APPS) {
      const env = { ...this.env, ...options.appEnv?.[app] };
      this.apps.set(app, new ManagedProcess(app, process.execPath, [join(ROOT, 'dist/apps', app, 'main.js')], env, join(this.logDir, `${app}.log`)));
    }
    for (const app of APPS) this.app(app).start();
    await this.waitUntilReady(options.readyTimeoutMs);
  }

  app(name: AppName): ManagedProcess {
    const app = this.apps.get(name);
    if (!app) throw new Error(`unknown app ${name}`);
    return app;
  }

  url(path: string): string {
    return `${this.baseUrl}/api/v1${path}`;
  }

  /** Waits until the gateway reports every service and store up (generous: seven apps starting at once on a loaded machine). */
  async waitUntilReady(timeoutMs = 180_000): Promise<void> {
    await waitFor('platform readiness', async () => {
      const crashed = [...this.apps.values()].find((app) => !app.running);
      if (crashed) throw new StartupFailure(`${crashed.name} exited during start-up:\n${crashed.log().slice(-2000)}`);
      const response = await fetch(this.url('/health/ready'));
      return response.status === 200 ? true : undefined;
    }, timeoutMs, 200);
  }

  /** Stops and restarts the platform's NATS server on the same port and JetStream storage. */
  async restartNats(): Promise<void> {
    if (!this.nats) throw new Error('the platform is not started');
    await this.nats.stop();
    this.nats.start();
  }

  /** Stops the platform's NATS server (JetStream storage kept) until startNats. */
  async stopNats(): Promise<void> {
    if (!this.nats) throw new Error('the platform is not started');
    await this.nats.stop();
  }

  startNats(): void {
    if (!this.nats) throw new Error('the platform is not started');
    this.nats.start();
  }

  async stop(): Promise<void> {
    // Every app has exited before its databases are dropped: FerretDB's SQLite backend crashes when a
    // dropped database is written again while its old connections still read it (docs/adr/0016).
    await Promise.all([...this.apps.values()].map((app) => app.stop()));
    await this.nats?.stop();
    await this.dropDatabases();
    rmSync(join(this.logDir, 'jetstream'), { recursive: true, force: true });
  }

  private async dropDatabases(): Promise<void> {
    const client = new MongoClient(MONGO_URL, { serverSelectionTimeoutMS: 3000 });
    try {
      const { databases } = await client.db('admin').admin().listDatabases();
      for (const db of databases.filter((d) => d.name.startsWith(this.runId))) await client.db(db.name).dropDatabase();
    } finally {
      await client.close();
    }
  }
}
