import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { ViewerCountry } from '../http/viewer-country.js';

interface HouseholdQuery {
  providers?: number[];
  country?: string;
  myServices?: boolean;
}

/**
 * Turns `myServices=true` into the caller's household providers, and fills the provider filter's
 * country from the household or the viewer's geo header when the query names none.
 */
@Injectable()
export class HouseholdFilter {
  constructor(
    private readonly users: UsersClient,
    private readonly country: ViewerCountry,
  ) {}

  async resolve<Q extends HouseholdQuery>(query: Q, actor: AuthUser | undefined, request: FastifyRequest): Promise<Omit<Q, 'myServices'>> {
    const { myServices, ...rest } = query;
    const geo = this.country.of(request);
    if (!myServices) return rest.providers && !rest.country ? { ...rest, ...(geo && { country: geo }) } : rest;
    if (!actor) throw new DomainError(ErrorCodes.Unauthorized, 401, 'myServices=true needs a signed-in account.');
    const household = await this.users.send(UsersPatterns.GetHouseholdProviders, { actor });
    // No services recorded: the filter matches nothing rather than silently everything.
    return { ...rest, providers: household.providerIds, country: rest.country ?? household.country ?? geo };
  }
}
