import { jest } from '@jest/globals';
import type { AuthUser, UsersClient } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { FastifyRequest } from 'fastify';
import { GatewayConfig } from '../gateway.config.js';
import { ViewerCountry } from '../http/viewer-country.js';
import { HouseholdFilter } from './household-filter.js';

const viewer: AuthUser = { userId: 'u', sessionId: 's', role: 'viewer', tokenType: 'access', kidProfile: false };
const requestFrom = (country?: string) => ({ headers: country ? { 'cf-ipcountry': country } : {} }) as unknown as FastifyRequest;

function setup(household = { providerIds: [8, 337], country: 'DE' as string | null, updatedAt: null }) {
  const send = jest.fn(async () => household);
  const filter = new HouseholdFilter(strictMock<UsersClient>('users', { send: send as unknown as UsersClient['send'] }), new ViewerCountry(Object.assign(new GatewayConfig(), { TRUST_PROXY: 'true' })));
  return { filter, send };
}

describe('HouseholdFilter', () => {
  it('turns myServices into the household’s providers and country', async () => {
    const { filter, send } = setup();
    expect(await filter.resolve({ myServices: true, page: 1 }, viewer, requestFrom('US'))).toEqual({ page: 1, providers: [8, 337], country: 'DE' });
    expect(send).toHaveBeenCalledWith('users.household.providers.get', { actor: viewer });
  });

  it('prefers the query’s country, then the household’s, then the geo header', async () => {
    expect(await setup().filter.resolve({ myServices: true, country: 'FR' }, viewer, requestFrom('US'))).toMatchObject({ country: 'FR' });
    expect(await setup({ providerIds: [8], country: null, updatedAt: null }).filter.resolve({ myServices: true }, viewer, requestFrom('US'))).toMatchObject({ country: 'US' });
  });

  it('fills only a missing country for explicit providers, without asking users', async () => {
    const { filter, send } = setup();
    expect(await filter.resolve({ providers: [8] }, undefined, requestFrom('gb'))).toEqual({ providers: [8], country: 'GB' });
    expect(await filter.resolve({ providers: [8], country: 'DE' }, undefined, requestFrom('GB'))).toEqual({ providers: [8], country: 'DE' });
    expect(await filter.resolve({ genre: ['Drama'] } as { genre: string[]; providers?: number[] }, undefined, requestFrom('GB'))).toEqual({ genre: ['Drama'] });
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses myServices without a signed-in caller', async () => {
    await expect(setup().filter.resolve({ myServices: true }, undefined, requestFrom())).rejects.toMatchObject({ status: 401 });
  });
});
