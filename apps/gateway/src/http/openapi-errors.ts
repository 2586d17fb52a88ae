import type { OpenAPIObject } from '@nestjs/swagger';
import { OPENAPI_UNLIMITED } from '../rate-limit/rate-limit.policy.js';

type Operation = {
  parameters?: unknown[];
  requestBody?: unknown;
  security?: Array<Record<string, string[]>>;
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
  [extension: string]: unknown;
};

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; `code` is stable and machine-readable.',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId'],
  properties: {
    type: { type: 'string', example: 'urn:onstream:problem:common.validation_failed' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'The request has invalid fields.' },
    instance: { type: 'string', example: '/api/v1/auth/signup' },
    code: { type: 'string', example: 'COMMON.VALIDATION_FAILED' },
    requestId: { type: 'string', example: '6f1c2e9b-1e8a-4b7e-9a61-2b1d5f0c3d4e' },
    errors: {
      type: 'array',
      description: 'One entry per invalid field (validation failures only).',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', example: 'email' }, message: { type: 'string' } } },
    },
  },
};

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

const PUBLIC_401 = 'A token was sent but is not valid (expired, or its session has ended); send none to call anonymously.';

const STANDARD = {
  400: 'Invalid input: malformed JSON, unknown fields or wrong values (see `errors`).',
  401: 'No valid access token, or its session has ended.',
  414: 'A path parameter is longer than 100 characters.',
  503: 'A service or store did not answer in time; retry after `Retry-After` seconds.',
  429: 'Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds.',
};

/**
 * Completes each operation with what the global machinery does to it, so no route documents
 * only its happy path: the problem+json schema on every error answer, bearer security unless
 * the route is public (where a token is optional), 401/403 from the guards, 400 from validation,
 * and 503 from the NATS deadline.
 */
export function documentErrors(document: OpenAPIObject, extensions: { publicExtension: string; permissionExtension: string }): void {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem as Record<string, Operation>)) {
      if (typeof operation !== 'object' || !operation.responses) continue;
      const isPublic = operation[extensions.publicExtension] === true;
      operation.security = isPublic ? [{}, { bearer: [] }] : [{ bearer: [] }];
      const add = (status: keyof typeof STANDARD) => (operation.responses[status] ??= { description: STANDARD[status] });
      if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody) add(400);
      // On a public route a token is optional, but one that is sent must still be valid.
      operation.responses[401] ??= { description: isPublic ? PUBLIC_401 : STANDARD[401] };
      const permission = operation[extensions.permissionExtension];
      if (typeof permission === 'string' && permission !== 'public') {
        operation.responses[403] ??= { description: `Needs the \`${permission}\` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused.` };
      }
      if (operation.parameters?.some((parameter) => (parameter as { in?: string }).in === 'path')) add(414);
      add(503);
      if (operation[OPENAPI_UNLIMITED] !== true) add(429);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && !response.content) response.content = PROBLEM_CONTENT;
      }
    }
  }
}
