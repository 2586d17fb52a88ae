import { isIP } from 'node:net';

export const DEEP_LINK_MAX_LENGTH = 2048;

/**
 * URL schemes of streaming apps a launcher may hand a link to (besides https). A link is opened on a
 * child's device, so the list is closed: no javascript:, data:, file:, intent: or plain http.
 */
export const DEEP_LINK_APP_SCHEMES = [
  'nflx', 'disneyplus', 'aiv', 'primevideo', 'hulu', 'hbomax', 'max', 'paramountplus', 'peacock', 'appletv', 'videos',
  'youtube', 'vnd.youtube', 'crunchyroll', 'plex', 'tubi', 'pluto', 'sling', 'fubotv', 'starz', 'mubi',
] as const;

/** Printable ASCII only: a real link is percent-encoded; spaces, controls and look-alike letters are not. */
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/** Why a deep link is refused, or null when it is acceptable. Parsing is WHATWG URL's (Node's `URL`). */
export function deepLinkProblem(link: string): string | null {
  if (link.length === 0 || link.length > DEEP_LINK_MAX_LENGTH) return `url must be 1 to ${DEEP_LINK_MAX_LENGTH} characters`;
  if (!PRINTABLE_ASCII.test(link)) return 'url must be percent-encoded printable ASCII without spaces';
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    // Not a URL at all: the caller gets the reason, not the parser's message.
    return 'url must be an absolute URL';
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme === 'https') return httpsProblem(url);
  if ((DEEP_LINK_APP_SCHEMES as readonly string[]).includes(scheme)) return url.username || url.password ? 'url must not carry credentials' : null;
  return `url must be https or a streaming app's scheme (${DEEP_LINK_APP_SCHEMES.join(', ')})`;
}

function httpsProblem(url: URL): string | null {
  if (url.username || url.password) return 'url must not carry credentials';
  if (url.port) return 'url must use the default https port';
  const host = url.hostname;
  // Public names only: a link to an address or an intranet name is never a provider's page.
  if (host.startsWith('[') || isIP(host) !== 0 || !host.includes('.') || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) {
    return 'url must name a public host';
  }
  return null;
}
