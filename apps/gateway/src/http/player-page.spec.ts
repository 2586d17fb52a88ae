import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playerContentSecurityPolicy } from './player-page.js';

const PLAYER_DIR = join(import.meta.dirname, '../../player');

describe('the /play page', () => {
  it('has a CSP without inline script or style that lets it reach only its origin and the object store', () => {
    const csp = playerContentSecurityPolicy('http://127.0.0.1:9000');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:9000;");
  });

  it('loads every script and style from files, none inline (the CSP would block them)', () => {
    const html = readFileSync(join(PLAYER_DIR, 'index.html'), 'utf8');
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(html.match(/<script [^>]*src="([^"]+)"/g)).toEqual(['<script src="/play/hls.min.js"', '<script src="/play/player.js"']);
  });
});
