import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for a MediaWiki wiki's Action API (`/api.php`), answering
 * `action=query&prop=categories&formatversion=2&format=json` in MediaWiki's documented shape: a page
 * with its categories, `missing: true` for an unknown page, `{error: {code, info}}` for anything else.
 * Tests set the pages and read what was asked.
 */
export class FakeMediaWiki {
  readonly requests: URLSearchParams[] = [];
  private readonly pages = new Map<string, string[]>();
  private server: Server | undefined;

  /** A page and its (visible) categories, `Category:` prefix included. */
  page(title: string, categories: string[]): this {
    this.pages.set(title, categories);
    return this;
  }

  /** The api.php URL to configure (TAG_WIKI_API_URL). */
  async start(): Promise<string> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/w/api.php`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    const query = url.searchParams;
    this.requests.push(query);
    if (url.pathname !== '/w/api.php') return this.reply(response, 404, '<html>Not found</html>', 'text/html');
    if (query.get('action') !== 'query' || query.get('prop') !== 'categories' || query.get('format') !== 'json' || query.get('formatversion') !== '2') {
      return this.reply(response, 200, { error: { code: 'badvalue', info: 'Unrecognized value for parameter "action".' } });
    }
    const title = query.get('titles') ?? '';
    const categories = this.pages.get(title);
    const page = categories
      ? { pageid: 1, ns: 0, title, categories: categories.map((category) => ({ ns: 14, title: category })) }
      : { ns: 0, title, missing: true };
    this.reply(response, 200, { batchcomplete: true, query: { pages: [page] } });
  }

  private reply(response: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
    response.writeHead(status, { 'content-type': type });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  }
}
