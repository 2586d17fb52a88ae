import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { JWT_AUDIENCE, JWT_ISSUER, toAuthUser, UsersClient, UsersPatterns, type AccessTokenClaims, type AuthUser, type ClientContext, type TokenPairResponse } from '@onstream/common';
import { GatewayConfig } from '../../gateway.config.js';

/**
 * Sign-in for seed clients, which know accounts but not profiles (seeds 000–002): v1's login, then
 * the account's first adult profile is selected, so the token works for favourites and history at
 * once. An account with no adult profile gets one named after it; if two first sign-ins race, both
 * end on the oldest adult profile (the other stays empty).
 */
@Injectable()
export class SeedSignIn {
  private readonly jwt: JwtService;

  constructor(
    private readonly users: UsersClient,
    config: GatewayConfig,
  ) {
    this.jwt = new JwtService({ secret: config.JWT_SECRET, verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE } });
  }

  /** By e-mail (seeds 000, 001, 003) or username (seed 002). */
  async login(credentials: { email?: string; username?: string; password: string }, client: ClientContext): Promise<TokenPairResponse> {
    const pair = await this.users.send(UsersPatterns.Login, { ...credentials, client });
    const actor = await this.actorOf(pair.accessToken);
    const profileId = await this.adultProfile(actor);
    const selected = await this.users.send(UsersPatterns.SelectProfile, { profileId, actor });
    return { ...pair, accessToken: selected.accessToken, expiresIn: selected.expiresIn };
  }

  /** The token was issued a moment ago by the users service; verified all the same, as the guard would. */
  private async actorOf(accessToken: string): Promise<AuthUser> {
    return toAuthUser(await this.jwt.verifyAsync<AccessTokenClaims & object>(accessToken));
  }

  private async adultProfile(actor: AuthUser): Promise<string> {
    const oldestAdult = async () =>
      (await this.users.send(UsersPatterns.ListProfiles, { actor })).items.filter((profile) => !profile.kid).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
    const existing = await oldestAdult();
    if (existing) return existing.id;
    const me = await this.users.send(UsersPatterns.GetMe, { actor });
    await this.users.send(UsersPatterns.CreateProfile, { name: me.displayName.slice(0, 40), kid: false, actor });
    const created = await oldestAdult();
    if (!created) throw new Error('The profile just created is not listed');
    return created.id;
  }
}
