import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, ErrorCodes, requireAccess, type AuthUser, type Permission } from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC, REQUIRED_PERMISSION } from './auth.decorators.js';
import { JwtStrategy } from './jwt.strategy.js';

/** Every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly strategy: JwtStrategy,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    if (isPublic && !request.headers.authorization) return true;
    // A token verified before (same text, not expired) skips passport; its session is still checked.
    const known = await this.strategy.knownCaller(request);
    if (known) {
      request.user = known;
      return true;
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser = AuthUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new DomainError(ErrorCodes.Unauthorized, 401, 'A valid access token is required.');
    return user;
  }
}

/**
 * The access model at the edge: the route's declared permission against the token's kind and role
 * (a kid or device token refused gets 403 AUTH.SCOPE_FORBIDDEN). Services check their pattern's
 * permission again, and object-level rules live where the data is.
 */
@Injectable()
export class PermissionGuard {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (!permission) throw new DomainError(ErrorCodes.Forbidden, 403, 'This route declares no permission.');
    requireAccess(context.switchToHttp().getRequest<{ user?: AuthUser }>().user, permission);
    return true;
  }
}
