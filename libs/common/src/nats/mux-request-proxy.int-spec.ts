import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientProxyFactory, Ctx, MessagePattern, NatsContext, NatsRecordBuilder, Payload, RpcException, Transport, type ClientNats } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { MuxRequestProxy } from './mux-request-proxy.js';

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
