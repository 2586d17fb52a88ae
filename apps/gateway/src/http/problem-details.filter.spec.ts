import { jest } from '@jest/globals';
import { BadRequestException, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import type { Logger } from 'pino';
import { DomainError } from '@onstream/common';
import { ProblemDetailsFilter, type ProblemDetails } from './problem-details.filter.js';

function hostFor(url = '/api/v1/things?x=1') {
  const reply = {
    statusCode: 0,
    headers: {} as Record<string, string>,
    body: undefined as ProblemDetails | undefined,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    header(name: string, value: string) {
      this.headers[name] = value;
      return this;
    },
    send(body: ProblemDetails) {
      this.body = body;
      return this;
    },
  };
  const request = { id: 'req-1', url };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }) } as unknown as ArgumentsHost;
  return { host, reply };
}

function filter() {
  const error = jest.fn();
  return { filter: new ProblemDetailsFilter({ error } as unknown as Logger), error };
}

describe('ProblemDetailsFilter', () => {
  it('writes a domain validation error as problem+json with field errors', () => {
    const { host, reply } = hostFor();
    filter().filter.catch(DomainError.validation([{ field: 'email', message: 'bad' }]), host);

    expect(reply.statusCode).toBe(400);
    expect(reply.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(reply.body).toEqual({
      type: 'urn:onstream:problem:common.validation_failed',
      title: 'Bad Request',
      status: 400,
      detail: 'The request has invalid fields.',
      instance: '/api/v1/things',
      code: 'COMMON.VALIDATION_FAILED',
      requestId: 'req-1',
      errors: [{ field: 'email', message: 'bad' }],
    });
  });

  it('adds Retry-After to a 503', () => {
    const { host, reply } = hostFor();
    filter().filter.catch(DomainError.unavailable('users is down', 5), host);
    expect(reply.statusCode).toBe(503);
    expect(reply.headers['retry-after']).toBe('5');
  });

  it('keeps the status of Nest’s HTTP exceptions', () => {
    const { host, reply } = hostFor();
    filter().filter.catch(new NotFoundException('Cannot GET /x'), host);
    expect(reply.body).toMatchObject({ status: 404, code: 'COMMON.NOT_FOUND', detail: 'Cannot GET /x' });
  });

  it('joins the messages of a BadRequestException', () => {
    const { host, reply } = hostFor();
    filter().filter.catch(new BadRequestException(['a is wrong', 'b is wrong']), host);
    expect(reply.body).toMatchObject({ status: 400, detail: 'a is wrong; b is wrong' });
  });

  it('keeps the 4xx status of a Fastify error such as a too large body', () => {
    const { host, reply } = hostFor();
    filter().filter.catch(Object.assign(new Error('Request body is too large'), { statusCode: 413 }), host);
    expect(reply.body).toMatchObject({ status: 413, code: 'COMMON.PAYLOAD_TOO_LARGE' });
  });

  it('logs an unexpected error and leaves no internals in the body', () => {
    const { host, reply } = hostFor();
    const { filter: problemFilter, error } = filter();
    problemFilter.catch(new TypeError('secret at /srv/app/x.ts:10'), host);

    expect(reply.statusCode).toBe(500);
    expect(JSON.stringify(reply.body)).not.toContain('secret');
    expect(reply.body?.detail).toBe('An unexpected error occurred.');
    expect(error).toHaveBeenCalledTimes(1);
  });
});
