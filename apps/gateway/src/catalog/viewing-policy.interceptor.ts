import { createParamDecorator, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { UsersClient, UsersPatterns, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import { from, switchMap, type Observable } from 'rxjs';

type PolicyRequest = { user?: AuthUser; viewingPolicy?: ViewingPolicyResponse };

/** Kid profiles and paired devices see titles through their profile's parental policy. */
export function isRestrictedViewer(user: AuthUser | undefined): user is AuthUser {
  return user !== undefined && (user.kidProfile || user.tokenType === 'device');
}

/**
 * Reads the caller's viewing policy from users before a catalog read, for kid profiles and paired
 * devices only, so the cache key can name its version and the catalog filters by the very same
 * policy (no second call). Runs before CachedReadInterceptor. Users down → 503, never unfiltered.
 */
@Injectable()
export class ViewingPolicyInterceptor implements NestInterceptor {
  constructor(private readonly users: UsersClient) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<PolicyRequest>();
    const actor = request.user;
    if (!isRestrictedViewer(actor)) return next.handle();
    return from(this.users.send(UsersPatterns.GetViewingPolicy, { actor })).pipe(
      switchMap((policy) => {
        request.viewingPolicy = policy;
        return next.handle();
      }),
    );
  }
}

/** The viewing policy ViewingPolicyInterceptor read; undefined for anonymous callers and adults. */
export const ViewerPolicy = createParamDecorator((_data: unknown, context: ExecutionContext): ViewingPolicyResponse | undefined => {
  return context.switchToHttp().getRequest<PolicyRequest>().viewingPolicy;
});
