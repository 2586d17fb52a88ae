import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { DomainError, IDEMPOTENCY_KEY_PATTERN } from '@onstream/common';

/** The Idempotency-Key header of a money-moving request; 400 when missing or malformed. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(value)) {
    throw DomainError.validation([{ field: 'Idempotency-Key', message: 'Idempotency-Key header is required: 8–128 printable characters, unique per operation' }]);
  }
  return value;
});

/** OpenAPI for the header and the 422 a reused key gets. */
export const ApiIdempotencyKey = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: true,
      description: 'Unique per operation (e.g. a UUID). Repeating it with the same body returns the first answer; with another body gives 422. Kept 24 h.',
    }),
    ApiUnprocessableEntityResponse({ description: 'BILLING.IDEMPOTENCY_KEY_REUSED: the key was used with a different body.' }),
  );

/** OpenAPI text of the 202 a payment with a lost provider answer gets. */
export const PENDING_DESCRIPTION =
  'The provider has not confirmed the payment yet (`payment.status` is `pending`, nothing to do for the customer). Poll `GET /me/subscription` or `GET /payments/history`, or repeat the request with the same Idempotency-Key and body: it is the same payment, never a second charge, and answers the settled outcome once known.';
