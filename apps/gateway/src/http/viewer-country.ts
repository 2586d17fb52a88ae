import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { open, type CountryResponse, type Reader } from 'maxmind';
import { GatewayConfig } from '../gateway.config.js';

const ISO_COUNTRY = /^[A-Z]{2}$/;

/**
 * The viewer's ISO country, from trusted sources only: the edge's GEO_COUNTRY_HEADER when the
 * gateway sits behind a trusted proxy (TRUST_PROXY), else (or when the edge sent none) a lookup of
 * the client address in the GEOIP_DATABASE (MaxMind format). A header sent by a client that
 * reaches the gateway directly is ignored: anyone can write one. Unknown: undefined.
 */
@Injectable()
export class ViewerCountry implements OnModuleInit {
  private reader: Reader<CountryResponse> | undefined;

  constructor(private readonly config: GatewayConfig) {}

  async onModuleInit(): Promise<void> {
    // A configured database that cannot be read stops the start: geo rules must not silently fail open.
    if (this.config.GEOIP_DATABASE) this.reader = await open<CountryResponse>(this.config.GEOIP_DATABASE);
  }

  of(request: FastifyRequest): string | undefined {
    if (this.config.trustProxy !== false) {
      const raw = request.headers[this.config.GEO_COUNTRY_HEADER];
      const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().toUpperCase();
      if (value && ISO_COUNTRY.test(value)) return value;
    }
    // request.ip is the client address as TRUST_PROXY allows it to be read.
    const iso = this.reader?.get(request.ip)?.country?.iso_code;
    return iso && ISO_COUNTRY.test(iso) ? iso : undefined;
  }
}
