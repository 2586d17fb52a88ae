import { jest } from '@jest/globals';
import { Controller, Get, Module } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { pino } from 'pino';
import { JWT_AUDIENCE, JWT_ISSUER, SessionDenylist, type AccessTokenClaims, type AuthUser } from '@onstream/common';
import { GatewayConfig } from '../gateway.config.js';
import { ProblemDetailsFilter } from '../http/problem-details.filter.js';
import { CurrentUser } from './auth.decorators.js';
import { JwtAuthGuard } from './auth.guards.js';
import { JwtStrategy } from './jwt.strategy.js';

const SECRET = 'a-test-secret-of-at-least-32-characters';

/** The denylist's contract without Redis: revoked session ids, and how often it was asked. */
class RecordingDenylist {
  readonly revoked = new Set<string>();
  asked = 0;
  failing = false;

  isRevoked(sessionId: string): Promise<boolean> {
    this.asked += 1;
    return this.failing ? Promise.reject(new Error('redis down')) : Promise.resolve(this.revoked.has(sessionId));
  }
}

@Controller()
class WhoController {
  @Get('who')
  who(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}

const denylist = new RecordingDenylist();

@Module({
  imports: [PassportModule],
  controllers: [WhoController],
  providers: [
    JwtStrategy,
    { provide: GatewayConfig, useValue: { JWT_SECRET: SECRET } },
    { provide: SessionDenylist, useValue: denylist },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
})
class AuthTestModule {}

let app: NestFastifyApplication;
let base = '';
const jwt = new JwtService({ secret: SECRET, signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE } });
let sessions = 0;
const token = (expiresIn = 600, claims: Partial<AccessTokenClaims> = {}) =>
  jwt.sign({ sub: 'user-1', sid: `session-${(sessions += 1)}`, role: 'viewer', typ: 'access', pid: 'profile-1', ...claims }, { expiresIn });
const who = async (bearer: string) => {
  const answer = await fetch(`${base}/who`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

beforeAll(async () => {
  app = await NestFactory.create<NestFastifyApplication>(AuthTestModule, new FastifyAdapter(), { logger: false });
  app.useGlobalFilters(new ProblemDetailsFilter(pino({ level: 'silent' })));
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});

afterAll(() => app.close());

beforeEach(() => {
  denylist.failing = false;
  denylist.asked = 0;
});

describe('JwtAuthGuard with verified tokens remembered', () => {
  it('verifies a token once and answers it sent again as the first time, asking the denylist each time', async () => {
    const verified = jest.spyOn(app.get(JwtStrategy), 'validate');
    const bearer = token();
    const first = await who(bearer);
    const again = await who(bearer);

    expect(first).toEqual({ status: 200, body: expect.objectContaining({ userId: 'user-1', profileId: 'profile-1', tokenType: 'access' }) as unknown });
    expect(again).toEqual(first);
    expect(verified).toHaveBeenCalledTimes(1);
    expect(denylist.asked).toBe(2);
    verified.mockRestore();
  });

  it('refuses a remembered token once its session is revoked, and with 503 while the denylist cannot answer', async () => {
    const bearer = token();
    expect((await who(bearer)).status).toBe(200);

    denylist.failing = true;
    expect((await who(bearer)).status).toBe(503);
    denylist.failing = false;
    denylist.revoked.add(jwt.decode<AccessTokenClaims>(bearer).sid);
    const refused = await who(bearer);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toBe('This session has ended; sign in again.');
  });

  it('refuses a remembered token from the second its exp names', async () => {
    // Signed just after a second starts, a token of three seconds has all of them (room for a loaded machine).
    await sleep(1000 - (Date.now() % 1000) + 20);
    const bearer = token(3);
    expect((await who(bearer)).status).toBe(200);

    await sleep(jwt.decode<{ exp: number }>(bearer).exp * 1000 - Date.now() + 20);
    expect((await who(bearer)).status).toBe(401);
  });

  it('does not take a token with the same claims but another signature for the remembered one', async () => {
    const bearer = token();
    expect((await who(bearer)).status).toBe(200);
    const [header, payload, signature] = bearer.split('.');
    const forged = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;

    expect((await who(forged)).status).toBe(401);
  });

  it('refuses claims the services could not rely on, however often they are sent', async () => {
    const bearer = token(600, { role: 'emperor' as AccessTokenClaims['role'] });
    expect((await who(bearer)).status).toBe(401);
    expect((await who(bearer)).status).toBe(401);
    expect(denylist.asked).toBe(0);
  });
});
