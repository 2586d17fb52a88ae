// The other half of the raw NATS baseline: a bare responder (no Nest) answering the ping's JSON on
// a queue group, as the users service does. Run as a child process by the bench; the server
// comes from BENCH_NATS_URL.
import { hostname } from 'node:os';
import { connect } from '@nats-io/transport-node';

export const BARE_PING_SUBJECT = 'bench.health.ping';

if (process.argv[1] === import.meta.filename) {
  const nats = await connect({ servers: process.env.BENCH_NATS_URL, name: 'bare-responder' });
  const answer = JSON.stringify({ service: 'users', instance: `${hostname()}:${process.pid}` });
  nats.subscribe(BARE_PING_SUBJECT, { queue: 'users', callback: (_error, message) => void message.respond(answer) });
  process.once('SIGTERM', () => void nats.drain().then(() => process.exit(0)));
}
