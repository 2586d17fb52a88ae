import Fastify, { type FastifyInstance } from 'fastify';
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { registerLingeringRefusals } from './body-limits.js';

const statusLines = (text: string) => text.match(/HTTP\/1\.1 \d+/g) ?? [];

/** Sends a request whose body is far over the route's limit, without reading anything for `readAfterMs`. */
async function sendTooLarge(port: number, bodyBytes: number, sentBytes: number, readAfterMs: number, answers = 1): Promise<{ socket: Socket; answer: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.pause();
  socket.on('error', () => undefined);
  socket.write(`PUT /small HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: ${bodyBytes}\r\n\r\n`);
  socket.write(Buffer.alloc(sentBytes, 'a'));
  const answer = (async () => {
    await sleep(readAfterMs);
    let text = '';
    const all = new Promise<void>((resolve) => socket.setEncoding('latin1').on('data', (chunk: string) => {
      text += chunk;
      if (statusLines(text).length >= answers && text.endsWith('}')) resolve();
    }));
    socket.resume();
    await Promise.race([all, once(socket, 'close'), sleep(2_000, undefined, { ref: false })]);
    return text;
  })();
  return { socket, answer };
}

describe('registerLingeringRefusals', () => {
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    app = Fastify();
    registerLingeringRefusals(app, 300);
    app.put('/small', { bodyLimit: 1024 }, async () => ({ ok: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });

  afterAll(() => app.close());

  it('lets a client that reads late still read the 413 of a body it is still sending', async () => {
    const { socket, answer } = await sendTooLarge(port, 8 * 1024 * 1024, 8 * 1024 * 1024, 150);
    const text = await answer;
    socket.destroy();
    expect(statusLines(text)).toEqual(['HTTP/1.1 413']);
  });

  it('closes the connection of a client still sending after the linger time', async () => {
    const { socket, answer } = await sendTooLarge(port, 8 * 1024 * 1024, 16 * 1024, 0);
    const text = await answer;
    await once(socket, 'close');
    expect(statusLines(text)).toEqual(['HTTP/1.1 413']);
    socket.destroy();
  });

  it('keeps the connection of a client that sent the whole refused body', async () => {
    const { socket, answer } = await sendTooLarge(port, 64 * 1024, 64 * 1024, 0, 2);
    await sleep(100);
    socket.write('GET /missing HTTP/1.1\r\nhost: x\r\n\r\n');
    const text = await answer;
    socket.destroy();
    expect(statusLines(text)).toEqual(['HTTP/1.1 413', 'HTTP/1.1 404']);
  });
});
