import { Injectable } from '@nestjs/common';
import {
  CatalogClient, CatalogPatterns, DomainError, ErrorCodes, type AuthUser, type HouseholdProvidersResponse, type SetHouseholdProvidersRequest,
  Clock,
} from '@onstream/common';
import { requireAccountHolder } from '../access/actor-rules.js';
import { HouseholdsRepository } from './households.repository.js';

/**
 * The streaming services a household subscribes to, for "only on my services" lists and search.
 * Every token of the account reads them (kid profiles and TVs browse with them); only the account
 * holder changes them, and only to providers the catalog knows.
 */
@Injectable()
export class HouseholdService {
  constructor(
    private readonly households: HouseholdsRepository,
    private readonly catalog: CatalogClient,
    private readonly clock: Clock,
  ) {}

  async get(actor: AuthUser): Promise<HouseholdProvidersResponse> {
    const household = await this.households.findOfUser(actor.userId);
    return { providerIds: household?.providerIds ?? [], country: household?.country ?? null, updatedAt: household?.updatedAt.toISOString() ?? null };
  }

  async set(request: SetHouseholdProvidersRequest): Promise<HouseholdProvidersResponse> {
    requireAccountHolder(request.actor);
    const providerIds = [...new Set(request.providerIds)];
    if (providerIds.length > 0) {
      const { unknown } = await this.catalog.send(CatalogPatterns.CheckWatchProviders, { providerIds });
      if (unknown.length > 0) {
        throw new DomainError(ErrorCodes.UsersUnknownWatchProvider, 422, `Unknown provider id(s): ${unknown.join(', ')} (see GET /providers).`, {
          errors: unknown.map((id) => ({ field: 'providerIds', message: `${id} is not a known provider` })),
        });
      }
    }
    const household = { providerIds, country: request.country ?? null, updatedAt: this.clock.now() };
    await this.households.replace(request.actor.userId, household);
    return { ...household, updatedAt: household.updatedAt.toISOString() };
  }
}
