import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientProxyFactory, Ctx, MessagePattern, NatsContext, NatsRecordBuilder, Payload, RpcException, Transport, type ClientNats } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { MuxRequestProxy, ReplyInbox } from './mux-request-proxy.js';

// Real NATS from `scripts/infra.sh up` and a real Nest microservice answering: the proxy must speak
// Nest's wire format both ways. Subjects carry a random suffix so parallel runs never meet.
const servers = [process.env.NATS_URL ?? 'nats://127.0.0.1:4222'];
const suffix = randomUUID().slice(0, 8);
const ECHO = `it.echo.${suffix}`;
const REFUSE = `it.refuse.${suffix}`;
const HEADER = `it.header.${suffix}`;

@Controller()
class EchoController {
  @MessagePattern(ECHO)
  echo(@Payload() data: { text: string }): { text: string } {
    return { text: data.text.toUpperCase() };
  }

  @MessagePattern(REFUSE)
  refuse(): never {
    throw new RpcException({ status: 409, code: 'IT.TAKEN', message: 'taken' });
  }

  @MessagePattern(HEADER)
  header(@Ctx() context: NatsContext): string {
    return (context.getHeaders() as { get(key: string): string }).get('x-request-id');
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

let service: INestMicroservice;
let client: ClientNats;
let proxy: MuxRequestProxy;

beforeAll(async () => {
  service = await NestFactory.createMicroservice(EchoModule, { transport: Transport.NATS, options: { servers }, logger: false });
  await service.listen();
  client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers } }) as ClientNats;
  proxy = new MuxRequestProxy(client);
});

afterAll(async () => {
  await client.close();
  await service.close();
});

const record = (data: unknown, requestId = 'req-1') => {
  const headers = natsHeaders();
  headers.set('x-request-id', requestId);
  headers.set('x-deadline', String(Date.now() + 5000));
  return new NatsRecordBuilder(data).setHeaders(headers).build();
};

describe('MuxRequestProxy (real NATS, a Nest microservice answering)', () => {
  it('gets the handler’s answer', async () => {
    expect(await firstValueFrom(proxy.send(ECHO, record({ text: 'hi' })))).toEqual({ text: 'HI' });
  });

  it('answers many concurrent requests each with its own reply', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => `t${i}`);
    const replies = await Promise.all(texts.map((text) => firstValueFrom(proxy.send<{ text: string }>(ECHO, record({ text })))));

    expect(replies.map((reply) => reply.text)).toEqual(texts.map((text) => text.toUpperCase()));
  });

  it('throws the error a service sent as data', async () => {
    await expect(firstValueFrom(proxy.send(REFUSE, record({})))).rejects.toEqual({ status: 409, code: 'IT.TAKEN', message: 'taken' });
  });

  it('sends the record’s headers', async () => {
    expect(await firstValueFrom(proxy.send(HEADER, record({}, 'req-42')))).toBe('req-42');
  });

  it('fails at once when nothing listens on the subject', async () => {
    await expect(firstValueFrom(proxy.send(`it.nobody.${suffix}`, record({})))).rejects.toThrow();
  });
});

describe('ReplyInbox (real NATS)', () => {
  it('forgets a request its caller gave up on, and drops its late answer', async () => {
    const connection = (await client.connect()) as NatsConnection;
    const slow = `it.slow.${suffix}`;
    let received: (message: Msg) => void = () => undefined;
    const request = new Promise<Msg>((resolve) => (received = resolve));
    const responder = connection.subscribe(slow, { callback: (_error, message) => received(message) });
    const answers: unknown[] = [];
    const cancel = ReplyInbox.of(connection).request(slow, '{}', undefined, 5000, (error, message) => answers.push(error ?? message.string()));
    const held = await request;

    expect(ReplyInbox.of(connection).waiting).toBe(1);
    cancel();
    expect(ReplyInbox.of(connection).waiting).toBe(0);
    held.respond('late');
    // One connection answers and listens: the server delivers the late answer to the inbox before it answers the flush's ping.
    await connection.flush();
    expect(answers).toEqual([]);
    responder.unsubscribe();
  });

  it('fails a request nobody answers once its own timeout passes', async () => {
    const connection = (await client.connect()) as NatsConnection;
    const silent = `it.silent.${suffix}`;
    const responder = connection.subscribe(silent, { callback: () => undefined });
    const failure = await new Promise<Error | null>((resolve) => ReplyInbox.of(connection).request(silent, '{}', undefined, 100, (error) => resolve(error)));

    expect(failure?.message).toMatch(/no answer/);
    expect(ReplyInbox.of(connection).waiting).toBe(0);
    responder.unsubscribe();
  });

  it('fails the waiting requests when the connection closes, and the next connection gets an inbox of its own', async () => {
    const own = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers } }) as ClientNats;
    const connection = (await own.connect()) as NatsConnection;
    const silent = `it.silent2.${suffix}`;
    const responder = connection.subscribe(silent, { callback: () => undefined });
    const pending = new Promise<Error | null>((resolve) => ReplyInbox.of(connection).request(silent, '{}', undefined, 10_000, (error) => resolve(error)));
    await connection.flush();

    await own.close();

    expect((await pending)?.message).toMatch(/closed/);
    const next = (await own.connect()) as NatsConnection;
    expect(next).not.toBe(connection);
    expect(await firstValueFrom(new MuxRequestProxy(own).send(ECHO, record({ text: 'again' })))).toEqual({ text: 'AGAIN' });
    responder.unsubscribe();
    await own.close();
  });
});

describe('MuxRequestProxy with a reply that is not JSON (real NATS)', () => {
  it('fails the call instead of throwing into the connection', async () => {
    const connection = (await client.connect()) as NatsConnection;
    const garbled = `it.garbled.${suffix}`;
    const responder = connection.subscribe(garbled, { callback: (_error, message) => void message.respond('{not json') });

    await expect(firstValueFrom(proxy.send(garbled, record({})))).rejects.toThrow();
    expect(await firstValueFrom(proxy.send(ECHO, record({ text: 'still' })))).toEqual({ text: 'STILL' });
    responder.unsubscribe();
  });
});
