import { deepLinkProblem } from './deep-link-url.js';

describe('deepLinkProblem', () => {
  it.each([
    'https://www.netflix.com/title/80057281',
    'https://www.disneyplus.com/video/6c5e8b8e-1d1d-4c4e-9a0b-000000000000?x=1#t',
    'nflx://www.netflix.com/title/80057281',
    'disneyplus://video/abc',
    'vnd.youtube://watch?v=dQw4w9WgXcQ',
  ])('accepts %s', (link) => {
    expect(deepLinkProblem(link)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', /https or a streaming app/],
    ['JAVASCRIPT:alert(1)', /https or a streaming app/],
    ['data:text/html,<b>x</b>', /https or a streaming app/],
    ['intent://scan/#Intent;scheme=zxing;end', /https or a streaming app/],
    ['http://www.netflix.com/title/1', /https or a streaming app/],
    ['https://10.0.0.1/x', /public host/],
    ['https://[::1]/x', /public host/],
    ['https://localhost/x', /public host/],
    ['https://intranet/x', /public host/],
    ['https://metadata.google.internal/x', /public host/],
    ['https://user:secret@www.netflix.com/x', /credentials/],
    ['nflx://user:secret@title/1', /credentials/],
    ['https://www.netflix.com:444/x', /default https port/],
    ['https://www.netflix.com/a b', /printable ASCII/],
    ['https://www.nеtflix.com/x', /printable ASCII/],
    ['www.netflix.com/title/1', /absolute URL/],
    ['', /1 to 2048/],
    [`https://www.netflix.com/${'a'.repeat(2048)}`, /1 to 2048/],
  ])('refuses %s', (link, reason) => {
    expect(deepLinkProblem(link)).toMatch(reason);
  });
});
