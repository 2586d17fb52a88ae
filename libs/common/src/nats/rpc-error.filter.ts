import { Catch, Logger, type ArgumentsHost, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';
import { toErrorPayload, type ErrorPayload } from '../errors/domain-error.js';
import { runInRequestContext } from '../logging/request-context.js';
import { isShedError } from './deadline.js';
import { requestIdOfMessage } from './request-context.interceptor.js';

/**
 * Turns whatever a message handler throws into the ErrorPayload data shape, so the error
 * crosses NATS as `{status, code, message, details}`. Unexpected errors are logged here
 * with their stack and leave the service as an opaque 500.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger(RpcErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): Observable<ErrorPayload> {
    const payload = toErrorPayload(exception);
    // Shed work (deadline passed, too busy) is counted by admission, not an error of the handler.
    if (payload.status >= 500 && !isShedError(exception)) {
      const nats = host.switchToRpc().getContext<{ getSubject?: () => string } | undefined>();
      const log = () => this.logger.error({ msg: 'message handler failed', pattern: nats?.getSubject?.(), err: exception instanceof Error ? exception : String(exception) });
      // Filters run after the handler's context has ended (RequestContextInterceptor scopes it to the handler).
      const requestId = requestIdOfMessage(nats);
      if (requestId) runInRequestContext(requestId, log);
      else log();
    }
    return throwError(() => payload);
  }
}
