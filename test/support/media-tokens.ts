import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { JWT_AUDIENCE, JWT_ISSUER, type Role } from '@onstream/common';

export interface MintedUser {
  userId: string;
  token: string;
  auth: { authorization: string };
}

/** Access tokens as the users service will sign them (HS256, issuer, audience), for media e2e tests. */
export class MediaTokens {
  private readonly jwt: JwtService;

  constructor(secret: string) {
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE } });
  }

  user(role: Role, userId = randomBytes(12).toString('hex')): MintedUser {
    const token = this.jwt.sign({ sub: userId, sid: randomBytes(8).toString('hex'), role, typ: 'access' }, { expiresIn: 900 });
    return { userId, token, auth: { authorization: `Bearer ${token}` } };
  }
}
