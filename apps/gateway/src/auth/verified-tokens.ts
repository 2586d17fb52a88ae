import { AuthUser } from '@onstream/common';

/** How many verified tokens one gateway keeps (about 5 MB); past that the oldest go first. */
const MAX_TOKENS = 10_000;

/**
 * Access tokens this gateway has verified, by their exact text, until their `exp`: a token sent
 * again skips the signature, the claim checks and the claims' validation, which are the same for
 * the same text (about a tenth of the gateway's time on signed-in reads). Only what passed the full
 * check goes in; revocation is still asked of the denylist on every request.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { user: AuthUser; expiresAtMs: number }>();

  constructor(
    private readonly maxEntries = MAX_TOKENS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The caller of a token verified before and not expired since (a copy: handlers may change theirs). */
  get(token: string): AuthUser | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    // As jsonwebtoken: expired from the second `exp` names.
    if (this.now() >= entry.expiresAtMs) {
      this.entries.delete(token);
      return undefined;
    }
    return Object.assign(new AuthUser(), entry.user);
  }

  /** A token that passed every check; `exp` in seconds, as in the token (one without is not kept). */
  remember(token: string, user: AuthUser, exp: number | undefined): void {
    if (typeof exp !== 'number') return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { user: Object.assign(new AuthUser(), user), expiresAtMs: exp * 1000 });
  }
}
