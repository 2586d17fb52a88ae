import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { AuthUser, ClientContext, Permission } from '@onstream/common';

export const IS_PUBLIC = 'onstream:public';
export const REQUIRED_PERMISSION = 'onstream:permission';
/** OpenAPI extensions read by setupOpenApi to document security and error answers per route. */
export const OPENAPI_PUBLIC = 'x-onstream-public';
export const OPENAPI_PERMISSION = 'x-onstream-permission';

/** Open to anonymous callers; a valid token, when sent, is still read (e.g. for kid filtering). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(OPENAPI_PUBLIC, true), ApiExtension(OPENAPI_PERMISSION, 'public'));

/**
 * The permission of the access model (libs/common auth/access.ts) a signed-in caller needs, on a
 * route or a whole controller; a route with neither this nor @Public() is refused.
 */
export const RequirePermission = (permission: Exclude<Permission, 'public' | 'internal'>) =>
  applyDecorators(SetMetadata(REQUIRED_PERMISSION, permission), ApiExtension(OPENAPI_PERMISSION, permission));

/** The authenticated caller; undefined on a public route called anonymously. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser | undefined => {
  return context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
});

/** The HTTP caller's address and user agent, recorded on sessions. */
export const Client = createParamDecorator((_data: unknown, context: ExecutionContext): ClientContext => {
  const request = context.switchToHttp().getRequest<{ ip?: string; headers: Record<string, string | string[] | undefined> }>();
  const userAgent = request.headers['user-agent'];
  return { ip: (request.ip ?? '').slice(0, 64), userAgent: (typeof userAgent === 'string' ? userAgent : '').slice(0, 512) };
});
