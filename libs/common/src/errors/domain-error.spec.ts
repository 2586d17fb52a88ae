import { DomainError, toErrorPayload } from './domain-error.js';

describe('toErrorPayload', () => {
  it('keeps a domain error’s status, code, message and details', () => {
    const error = DomainError.validation([{ field: 'email', message: 'bad' }]);
    expect(toErrorPayload(error)).toEqual({ status: 400, code: 'COMMON.VALIDATION_FAILED', message: 'The request has invalid fields.', details: { errors: [{ field: 'email', message: 'bad' }] } });
  });

  it('hides an unexpected error behind an opaque 500', () => {
    const payload = toErrorPayload(new TypeError('cannot read x of undefined at /srv/secret/path.ts'));
    expect(payload).toEqual({ status: 500, code: 'COMMON.INTERNAL', message: 'An unexpected error occurred.' });
  });

  it('round-trips through the wire shape', () => {
    const original = DomainError.unavailable('down', 7);
    const copy = DomainError.fromPayload(JSON.parse(JSON.stringify(original.toPayload())));
    expect(copy).toMatchObject({ status: 503, code: original.code, message: 'down', details: { retryAfterSeconds: 7 } });
  });
});
