// The baselines: a bare Fastify 5 server answering what the users service answers to a ping
// ({service, instance}), with no Nest and no per-request logging. Without BENCH_NATS_URL it answers
// inline; with it, each request is one raw NATS request to the bare responder
// (bare-nats-responder.ts), whose JSON answer is parsed and sent: the least our design can cost.
// Run as a child process by the bench; the port comes from BENCH_PORT.
import { hostname } from 'node:os';
import { connect } from '@nats-io/transport-node';
import Fastify from 'fastify';
import { BARE_PING_SUBJECT } from './bare-nats-responder.js';

const port = Number(process.env.BENCH_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('BENCH_PORT must be a port number');

const app = Fastify();
if (process.env.BENCH_NATS_URL) {
  const nats = await connect({ servers: process.env.BENCH_NATS_URL, name: 'bare-fastify' });
  app.get('/api/v1/health/ping/users', async () => (await nats.request(BARE_PING_SUBJECT, '', { timeout: 5000 })).json());
  app.addHook('onClose', async () => nats.drain());
} else {
  const instance = `${hostname()}:${process.pid}`;
  app.get('/api/v1/health/ping/users', async () => ({ service: 'users', instance }));
}

process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
await app.listen({ host: '127.0.0.1', port });
