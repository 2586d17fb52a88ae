import { DomainError, ErrorCodes } from '@onstream/common';
import type { FastifyInstance } from 'fastify';

/**
 * Refuses JSON bodies nested deeper than `maxDepth` with a 400, on every route, before validation
 * runs: class-transformer and class-validator recurse through a body and a few thousand levels
 * exhaust the stack (a 500). The walk is iterative, so the check itself cannot overflow.
 */
export function registerJsonDepthLimit(fastify: FastifyInstance, maxDepth: number): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    if (depthExceeds(request.body, maxDepth)) {
      done(new DomainError(ErrorCodes.Validation, 400, `The JSON body is nested deeper than ${maxDepth} levels.`));
      return;
    }
    done();
  });
}

export function depthExceeds(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(current)) if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
