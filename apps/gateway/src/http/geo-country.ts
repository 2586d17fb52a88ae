import type { FastifyRequest } from 'fastify';

/** The viewer's ISO country from the CDN/load balancer header (GEO_COUNTRY_HEADER), if it holds one. */
export function geoCountryOf(request: FastifyRequest, header: string): string | undefined {
  const raw = request.headers[header];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().toUpperCase();
  return value && /^[A-Z]{2}$/.test(value) ? value : undefined;
}
