import { Controller, type ExecutionContext } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { BillingPatterns } from '../contracts/billing/billing.patterns.js';
import { ErrorCodes } from '../errors/error-codes.js';
import { AccessGuard, assertPatternsDeclared, handledPatterns } from './access.guard.js';

function rpcContext(subject: string, data: unknown): ExecutionContext {
  return {
    getType: () => 'rpc',
    switchToRpc: () => ({ getContext: () => ({ getSubject: () => subject }), getData: () => data }),
  } as unknown as ExecutionContext;
}

const kidOfAdmin = { userId: 'u1', sessionId: 's1', role: 'admin', tokenType: 'access', kidProfile: true, profileId: 'p1' };

describe('AccessGuard', () => {
  const guard = new AccessGuard();

  it('refuses a refund asked with a kid profile token of an admin account', () => {
    expect(() => guard.canActivate(rpcContext(BillingPatterns.Refund, { actor: kidOfAdmin, transactionId: 't' }))).toThrow(expect.objectContaining({ status: 403, code: ErrorCodes.ScopeForbidden }));
  });

  it('lets the admin’s own account token through', () => {
    expect(guard.canActivate(rpcContext(BillingPatterns.Refund, { actor: { ...kidOfAdmin, kidProfile: false, profileId: undefined } }))).toBe(true);
  });

  it('refuses a pattern without a declared permission', () => {
    expect(() => guard.canActivate(rpcContext('billing.money.free', {}))).toThrow(expect.objectContaining({ status: 403 }));
  });

  it('treats a payload without an actor as anonymous', () => {
    expect(() => guard.canActivate(rpcContext(BillingPatterns.PurchasePpv, null))).toThrow(expect.objectContaining({ status: 401 }));
    expect(guard.canActivate(rpcContext(BillingPatterns.ListPlans, {}))).toBe(true);
  });
});

describe('assertPatternsDeclared', () => {
  @Controller()
  class DeclaredController {
    @MessagePattern(BillingPatterns.ListPlans)
    plans() {
      return [];
    }
  }

  @Controller()
  class UndeclaredController {
    @MessagePattern('billing.money.free')
    free() {
      return 'free money';
    }
  }

  it('finds the patterns the controllers handle and accepts declared ones', async () => {
    const app = await Test.createTestingModule({ controllers: [DeclaredController] }).compile();
    expect(handledPatterns(app)).toEqual([BillingPatterns.ListPlans]);
    expect(() => assertPatternsDeclared(app)).not.toThrow();
  });

  it('refuses to start with a pattern that declares no permission', async () => {
    const app = await Test.createTestingModule({ controllers: [DeclaredController, UndeclaredController] }).compile();
    expect(() => assertPatternsDeclared(app)).toThrow(/billing\.money\.free/);
  });
});
