import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { JWT_AUDIENCE, JWT_ISSUER, type Role } from '@onstream/common';
import type { Platform } from './platform.js';

/** Access tokens signed with the platform's JWT_SECRET, as the users service will issue them. */
export function analyticsToken(platform: Platform, userId: string, role: Role = 'viewer'): string {
  const secret = platform.env.JWT_SECRET;
  if (!secret) throw new Error('the platform has no JWT_SECRET');
  return new JwtService({ secret }).sign(
    { sub: userId, sid: randomUUID(), role, typ: 'access' },
    { issuer: JWT_ISSUER, audience: JWT_AUDIENCE, algorithm: 'HS256', expiresIn: 900 },
  );
}
