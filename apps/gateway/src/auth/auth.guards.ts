import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, ErrorCodes, type AuthUser, type Role } from '@onstream/common';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators.js';

/** Every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    if (isPublic && !request.headers.authorization) return true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser = AuthUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new DomainError(ErrorCodes.Unauthorized, 401, 'A valid access token is required.');
    return user;
  }
}

/** Coarse role check at the edge; object-level rules live in the owning service. */
@Injectable()
export class RolesGuard {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) throw new DomainError(ErrorCodes.Unauthorized, 401, 'A valid access token is required.');
    if (!roles.includes(user.role)) throw new DomainError(ErrorCodes.Forbidden, 403, 'Your role may not do this.');
    return true;
  }
}
