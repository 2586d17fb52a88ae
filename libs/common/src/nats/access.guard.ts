import { Injectable, type CanActivate, type ExecutionContext, type INestMicroservice } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NatsContext } from '@nestjs/microservices';
import { PATTERN_METADATA } from '@nestjs/microservices/constants.js';
import { requireAccess } from '../auth/access.js';
import type { AuthUser } from '../auth/auth.types.js';
import { permissionOfPattern } from '../contracts/pattern-permissions.js';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCodes } from '../errors/error-codes.js';

/**
 * Service side of the access model: before any message handler runs, the caller's actor (the
 * `actor` field the gateway fills from the verified token, forwarded by services) must hold the
 * permission the pattern declares. A pattern without one is refused (start-up refuses it first).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'rpc') return true;
    const pattern = context.switchToRpc().getContext<NatsContext>().getSubject();
    const permission = permissionOfPattern(pattern);
    if (!permission) throw new DomainError(ErrorCodes.Forbidden, 403, 'This message has no declared permission.');
    // The raw payload: the validation pipe checks the actor's shape after, so a malformed one still fails.
    const data: unknown = context.switchToRpc().getData();
    const actor = typeof data === 'object' && data !== null ? (data as { actor?: unknown }).actor : undefined;
    requireAccess(typeof actor === 'object' && actor !== null ? (actor as AuthUser) : undefined, permission);
    return true;
  }
}

/** Every `@MessagePattern` the app's controllers declare. */
export function handledPatterns(app: Pick<INestMicroservice, 'get'>): string[] {
  const patterns: string[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const declared = Reflect.getMetadata(PATTERN_METADATA, handler) as unknown[] | undefined;
        for (const pattern of declared ?? []) patterns.push(typeof pattern === 'string' ? pattern : JSON.stringify(pattern));
      }
    }
  }
  return patterns;
}

/** Refuses to start a service that handles a pattern with no declared permission. */
export function assertPatternsDeclared(app: Pick<INestMicroservice, 'get'>): void {
  const undeclared = handledPatterns(app).filter((pattern) => !permissionOfPattern(pattern));
  if (undeclared.length > 0) throw new Error(`Message patterns without a declared permission (libs/common/src/contracts): ${undeclared.join(', ')}`);
}
