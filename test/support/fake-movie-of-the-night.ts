import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A streaming option in the Streaming Availability API v4's documented shape (the fields that matter here). */
export const streamingOption = (service: string, link: string, videoLink?: string) => ({
  service: { id: service, name: service, homePage: `https://www.${service}.com/`, themeColorCode: '#000000', imageSet: {} },
  type: 'subscription', link, ...(videoLink && { videoLink }), quality: 'hd', audios: [], subtitles: [], expiresSoon: false, availableSince: 1700000000,
});

/**
 * A local stand-in for the "Movie of the Night" Streaming Availability API (`GET /shows/{movie|tv}/{tmdbId}`,
 * key in `X-RapidAPI-Key`): shows are set by tests; an unknown show is 404, a wrong key 401.
 */
export class FakeMovieOfTheNight {
  readonly requests: Array<{ path: string; query: URLSearchParams }> = [];
  private readonly shows = new Map<string, unknown>();
  private server: Server | undefined;

  constructor(private readonly apiKey: string) {}

  show(path: `/shows/${'movie' | 'tv'}/${number}`, body: unknown): this {
    this.shows.set(path, body);
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    this.requests.push({ path: url.pathname, query: url.searchParams });
    const show = this.shows.get(url.pathname);
    const [status, body] = request.headers['x-rapidapi-key'] !== this.apiKey ? [401, { message: 'Invalid API key.' }] : show ? [200, show] : [404, { message: 'Show not found' }];
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }
}
