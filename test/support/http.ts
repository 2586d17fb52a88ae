/** Small JSON-over-HTTP helpers for e2e tests. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  errors?: Array<{ field: string; message: string }>;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** Same shape under the name the catalog specs use. */
export type Answer<T> = ApiResponse<T>;

/** One request; the body is parsed as JSON when there is one. */
export async function call<T>(url: string, init: RequestInit = {}): Promise<ApiResponse<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

export function jsonBody(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export class Api {
  constructor(private readonly url: (path: string) => string) {}

  async call<T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    return call<T>(this.url(path), { method, headers, body });
  }

  get<T = unknown>(path: string, token?: string) {
    return this.call<T>('GET', path, { token });
  }

  post<T = unknown>(path: string, body?: unknown, token?: string) {
    return this.call<T>('POST', path, { body, token });
  }

  patch<T = unknown>(path: string, body: unknown, token?: string) {
    return this.call<T>('PATCH', path, { body, token });
  }

  put<T = unknown>(path: string, body: unknown, token?: string) {
    return this.call<T>('PUT', path, { body, token });
  }

  delete<T = unknown>(path: string, token?: string, body?: unknown) {
    return this.call<T>('DELETE', path, { token, body });
  }
}
