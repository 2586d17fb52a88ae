import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, Observable, of, Subject } from 'rxjs';
import { ErrorCodes } from '../errors/error-codes.js';
import { runInRequestContext } from '../logging/request-context.js';
import { AdmissionInterceptor } from './admission.interceptor.js';

function rpcContext(subject: string): ExecutionContext {
  return { getType: () => 'rpc', switchToRpc: () => ({ getContext: () => ({ getSubject: () => subject }) }) } as unknown as ExecutionContext;
}

const NOW = 1_000_000;
const answering = (value: unknown): CallHandler => ({ handle: () => of(value) });
/** A handler still working until `finish` is called. */
function working(): { handler: CallHandler; finish: () => void } {
  const answer = new Subject<unknown>();
  return { handler: { handle: () => answer }, finish: () => { answer.next('done'); answer.complete(); } };
}
const withDeadline = <T>(deadline: number | undefined, work: () => T): T => runInRequestContext('req', work, undefined, deadline);

describe('AdmissionInterceptor', () => {
  it('runs a message whose deadline is still ahead', async () => {
    const admission = new AdmissionInterceptor(10, () => NOW);
    const answer = withDeadline(NOW + 1, () => admission.intercept(rpcContext('users.auth.login'), answering('ok')));
    await expect(firstValueFrom(answer)).resolves.toBe('ok');
  });

  it('drops a message whose deadline has passed, without running its handler', async () => {
    const admission = new AdmissionInterceptor(10, () => NOW);
    let ran = false;
    const handler: CallHandler = { handle: () => { ran = true; return of('ok'); } };
    const answer = withDeadline(NOW, () => admission.intercept(rpcContext('users.auth.login'), handler));
    await expect(firstValueFrom(answer)).rejects.toMatchObject({ status: 503, code: ErrorCodes.DeadlineExceeded, details: { retryAfterSeconds: 2 } });
    expect(ran).toBe(false);
  });

  it('runs a message without a deadline (a caller that set none)', async () => {
    const admission = new AdmissionInterceptor(10, () => NOW);
    await expect(firstValueFrom(withDeadline(undefined, () => admission.intercept(rpcContext('users.auth.login'), answering('ok'))))).resolves.toBe('ok');
  });

  it('refuses past the in-flight bound and admits again once a handler finishes', async () => {
    const admission = new AdmissionInterceptor(2, () => NOW);
    const first = working();
    const second = working();
    const answers = [first, second].map(({ handler }) => firstValueFrom(admission.intercept(rpcContext('engagement.reaction.set'), handler)));
    expect(admission.inFlightNow).toBe(2);

    await expect(firstValueFrom(admission.intercept(rpcContext('engagement.reaction.set'), answering('ok')))).rejects.toMatchObject({ status: 503, code: ErrorCodes.Overloaded });

    first.finish();
    await answers[0];
    expect(admission.inFlightNow).toBe(1);
    await expect(firstValueFrom(admission.intercept(rpcContext('engagement.reaction.set'), answering('ok')))).resolves.toBe('ok');
    second.finish();
    await answers[1];
    expect(admission.inFlightNow).toBe(0);
  });

  it('releases the slot of a handler that fails', async () => {
    const admission = new AdmissionInterceptor(1, () => NOW);
    const failing: CallHandler = { handle: () => new Observable((subscriber) => subscriber.error(new Error('boom'))) };
    await expect(firstValueFrom(admission.intercept(rpcContext('media.video.get'), failing))).rejects.toThrow('boom');
    expect(admission.inFlightNow).toBe(0);
  });

  it('always admits health checks and pings, even full and past their deadline', async () => {
    const admission = new AdmissionInterceptor(1, () => NOW);
    const busy = working();
    const held = firstValueFrom(admission.intercept(rpcContext('users.auth.login'), busy.handler));
    for (const pattern of ['users.health.ping', 'users.health.check']) {
      await expect(firstValueFrom(withDeadline(NOW - 1, () => admission.intercept(rpcContext(pattern), answering('up'))))).resolves.toBe('up');
    }
    busy.finish();
    await held;
  });
});
