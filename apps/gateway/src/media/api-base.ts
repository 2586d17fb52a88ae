import type { FastifyRequest } from 'fastify';

/** `http(s)://host[:port]` the client reached the API at: the base of the ad URLs media writes into VMAP and VAST. */
export function apiBaseOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
