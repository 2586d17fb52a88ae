import { jest } from '@jest/globals';
import type { CatalogClient, DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { Clock } from '@onstream/common';
import { actor, NOW } from '../testing/factories.js';
import { HouseholdService } from './household.service.js';
import type { HouseholdsRepository } from './households.repository.js';

function setup(unknown: number[] = []) {
  const households = strictMock<HouseholdsRepository>('households', {
    replace: jest.fn<HouseholdsRepository['replace']>().mockResolvedValue(undefined),
    findOfUser: jest.fn<HouseholdsRepository['findOfUser']>().mockResolvedValue(null),
  });
  const send = jest.fn(async () => ({ unknown }));
  const catalog = strictMock<CatalogClient>('catalog', { send: send as unknown as CatalogClient['send'] });
  const service = new HouseholdService(households, catalog, strictMock<Clock>('clock', { now: () => NOW }));
  return { service, households, send };
}

describe('HouseholdService', () => {
  it('stores the services once each, with the country, after the catalog knows them all', async () => {
    const { service, households, send } = setup();
    const saved = await service.set({ actor: actor({ userId: 'u1' }), providerIds: [8, 337, 8], country: 'DE' });
    expect(send).toHaveBeenCalledWith('catalog.watch-provider.check', { providerIds: [8, 337] });
    expect(households.replace).toHaveBeenCalledWith('u1', { providerIds: [8, 337], country: 'DE', updatedAt: NOW });
    expect(saved).toEqual({ providerIds: [8, 337], country: 'DE', updatedAt: NOW.toISOString() });
  });

  it('refuses provider ids the catalog does not know, naming them', async () => {
    const { service, households } = setup([99]);
    const error = await service.set({ actor: actor(), providerIds: [8, 99] }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 422, code: 'USERS.UNKNOWN_WATCH_PROVIDER', details: { errors: [{ field: 'providerIds', message: '99 is not a known provider' }] } });
    expect(households.replace).not.toHaveBeenCalled();
  });

  it('clears the services without asking the catalog', async () => {
    const { service, send } = setup();
    expect((await service.set({ actor: actor(), providerIds: [] })).providerIds).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses a kid profile changing the household', async () => {
    const { service } = setup();
    await expect(service.set({ actor: actor({ kidProfile: true, profileId: 'p' }), providerIds: [8] })).rejects.toMatchObject({ status: 403 });
  });

  it('answers an empty household for an account that recorded none', async () => {
    const { service } = setup();
    expect(await service.get(actor())).toEqual({ providerIds: [], country: null, updatedAt: null });
  });
});
