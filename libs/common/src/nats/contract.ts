/**
 * A service's message contract: pattern → request and response types.
 * Clients are typed by it, so a wrong payload or a misread response fails to compile.
 */
export type Contract = Record<string, { request: unknown; response: unknown }>;

export type RequestOf<C extends Contract, P extends keyof C> = C[P]['request'];
export type ResponseOf<C extends Contract, P extends keyof C> = C[P]['response'];
