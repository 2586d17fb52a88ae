import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MovieOfTheNightClient } from './movie-of-the-night.client.js';

const option = (service: string, link: string, videoLink?: string) => ({ service: { id: service }, type: 'subscription', link, ...(videoLink && { videoLink }) });
const answers = new Map<string, [number, unknown]>([
  ['/shows/movie/238', [200, { streamingOptions: { us: [option('netflix', 'https://www.netflix.com/title/1', 'https://www.netflix.com/watch/1'), option('netflix', 'https://www.netflix.com/title/2'), option('prime', 'javascript:alert(1)'), option('zattoo', 'https://zattoo.com/x')], de: [option('disney', 'https://www.disneyplus.com/de/x')] } }]],
  ['/shows/tv/1399', [200, { streamingOptions: { us: [option('hbo', 'https://play.max.com/show/1')] }, seasons: [{ episodes: [{ streamingOptions: { us: [option('hbo', 'https://play.max.com/episode/s1e1')] } }] }] }]],
  ['/shows/movie/1', [200, { streamingOptions: { us: 'not a list' } }]],
  ['/shows/movie/2', [500, { message: 'boom' }]],
]);
let server: Server;
let client: MovieOfTheNightClient;
const keys: Array<string | undefined> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    keys.push(request.headers['x-rapidapi-key'] as string | undefined);
    const [status, body] = answers.get(new URL(request.url ?? '/', 'http://x').pathname) ?? [404, { message: 'not found' }];
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new MovieOfTheNightClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, apiKey: 'k1', country: 'us', timeoutMs: 2000 });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('MovieOfTheNightClient', () => {
  it('answers one link per known provider of the country, the video link first, never one the link rules refuse', async () => {
    expect(await client.linksOf({ type: 'movie', tmdbId: 238 })).toEqual([{ providerId: 8, url: 'https://www.netflix.com/watch/1', seasonNumber: null, episodeNumber: null }]);
    expect(keys.at(-1)).toBe('k1');
  });

  it('answers a series’ first episode links', async () => {
    expect(await client.linksOf({ type: 'series', tmdbId: 1399 })).toEqual([{ providerId: 1899, url: 'https://play.max.com/episode/s1e1', seasonNumber: 1, episodeNumber: 1 }]);
  });

  it('answers nothing for an unknown show and fails on an error or an unexpected shape', async () => {
    expect(await client.linksOf({ type: 'movie', tmdbId: 3 })).toEqual([]);
    await expect(client.linksOf({ type: 'movie', tmdbId: 1 })).rejects.toThrow('unexpected shape');
    await expect(client.linksOf({ type: 'movie', tmdbId: 2 })).rejects.toThrow('answered 500');
  });
});
