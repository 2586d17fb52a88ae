import type { FastifyRequest } from 'fastify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCountryMmdb } from '../../../../test/support/mmdb.js';
import { GatewayConfig } from '../gateway.config.js';
import { ViewerCountry } from './viewer-country.js';

const dir = mkdtempSync(join(tmpdir(), 'viewer-country-'));
const database = join(dir, 'countries.mmdb');
writeFileSync(database, buildCountryMmdb({ '203.0.113.0/24': 'FR', '198.51.100.0/24': 'KP' }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const request = (ip: string, country?: string) => ({ ip, headers: country ? { 'cf-ipcountry': country } : {} }) as unknown as FastifyRequest;

async function countries(settings: Partial<GatewayConfig>): Promise<ViewerCountry> {
  const located = new ViewerCountry(Object.assign(new GatewayConfig(), settings));
  await located.onModuleInit();
  return located;
}

describe('ViewerCountry', () => {
  it('ignores a country header from a client that reaches the gateway directly', async () => {
    expect((await countries({ TRUST_PROXY: 'false' })).of(request('192.0.2.1', 'FR'))).toBeUndefined();
  });

  it('believes the edge’s header behind a trusted proxy', async () => {
    expect((await countries({ TRUST_PROXY: 'true' })).of(request('192.0.2.1', 'fr'))).toBe('FR');
    expect((await countries({ TRUST_PROXY: '10.0.0.0/8', GEO_COUNTRY_HEADER: 'x-geo' })).of(request('192.0.2.1', 'FR'))).toBeUndefined();
  });

  it('looks the client address up in the GeoIP database, whatever header it sends', async () => {
    const located = await countries({ TRUST_PROXY: 'false', GEOIP_DATABASE: database });
    expect(located.of(request('203.0.113.9', 'KP'))).toBe('FR');
    expect(located.of(request('198.51.100.1'))).toBe('KP');
    expect(located.of(request('192.0.2.1', 'FR'))).toBeUndefined();
  });

  it('falls back to the GeoIP database when the trusted edge sent no usable header', async () => {
    expect((await countries({ TRUST_PROXY: 'true', GEOIP_DATABASE: database })).of(request('203.0.113.9', 'XYZ'))).toBe('FR');
  });

  it('refuses to start with a database it cannot read', async () => {
    await expect(countries({ GEOIP_DATABASE: join(dir, 'missing.mmdb') })).rejects.toThrow();
  });
});
