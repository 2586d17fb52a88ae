import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';
export type OnStreamClient = Client<paths>;

export interface OnStreamClientOptions {
  /** Returns the current access token (or nothing for anonymous calls); read before every request. */
  accessToken?: () => string | undefined;
  /** Custom fetch (tests, proxies). */
  fetch?: typeof fetch;
}

/**
 * A typed OnStream API client: paths, parameters, bodies and answers come from `schema.d.ts`,
 * which `npm run client:generate` writes from the gateway's OpenAPI document.
 * `baseUrl` is the gateway origin, e.g. `http://127.0.0.1:3000` (paths already start with /api/v1).
 */
export function createOnStreamClient(baseUrl: string, options: OnStreamClientOptions = {}): OnStreamClient {
  const client = createClient<paths>({ baseUrl, ...(options.fetch && { fetch: options.fetch }) });
  const { accessToken } = options;
  if (accessToken) {
    client.use({
      onRequest({ request }) {
        const token = accessToken();
        if (token) request.headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}
