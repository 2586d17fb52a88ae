import { randomBytes } from 'node:crypto';
import type { Api } from './http.js';
import type { Mailbox } from './mailbox.js';

export const PASSWORD = 'correct horse 9';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  expiresIn: number;
}

export interface SignedUpUser {
  id: string;
  email: string;
  tokens: TokenPair;
}

export const uniqueEmail = (label = 'viewer') => `${label}-${randomBytes(6).toString('hex')}@example.com`;

/** Identity steps the e2e files repeat: sign up, confirm the e-mail from the mail, sign in. */
export class IdentitySteps {
  constructor(
    private readonly api: Api,
    private readonly mailbox: Mailbox,
  ) {}

  async signUp(email = uniqueEmail(), password = PASSWORD): Promise<string> {
    const response = await this.api.post<{ id: string }>('/auth/signup', { email, password, displayName: 'Test Viewer' });
    if (response.status !== 201) throw new Error(`signup answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  async verify(email: string): Promise<void> {
    const token = await this.mailbox.linkToken(email, /Confirm your OnStream/);
    const response = await this.api.post('/auth/email/verify', { token });
    if (response.status !== 200) throw new Error(`verify answered ${response.status}: ${JSON.stringify(response.body)}`);
  }

  async login(email: string, password = PASSWORD, deviceName?: string): Promise<TokenPair> {
    const response = await this.api.post<TokenPair>('/auth/login', { email, password, ...(deviceName ? { deviceName } : {}) });
    if (response.status !== 200) throw new Error(`login answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** A verified, signed-in viewer. */
  async newUser(label = 'viewer'): Promise<SignedUpUser> {
    const email = uniqueEmail(label);
    const id = await this.signUp(email);
    await this.verify(email);
    return { id, email, tokens: await this.login(email) };
  }
}
