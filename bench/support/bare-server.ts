// The baseline: a bare Fastify 5 server answering what the users service answers to a ping
// ({service, instance}), with no Nest, no NATS and no per-request logging. Run as a child
// process by the bench; the port comes from BENCH_PORT.
import { hostname } from 'node:os';
import Fastify from 'fastify';

const port = Number(process.env.BENCH_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('BENCH_PORT must be a port number');

const instance = `${hostname()}:${process.pid}`;
const app = Fastify();
app.get('/api/v1/health/ping/users', async () => ({ service: 'users', instance }));

process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
await app.listen({ host: '127.0.0.1', port });
