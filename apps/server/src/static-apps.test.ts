import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { mountStaticApps, pagePolicy, STATIC_APPS, type StaticApp } from './static-apps.js';

describe('the role apps served on the API origin', () => {
  let folder: string;
  let app: Hono;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'doithoai-static-'));
    const party = join(folder, 'party');
    mkdirSync(join(party, '_app', 'immutable'), { recursive: true });
    writeFileSync(join(party, 'index.html'), '<p>party</p>');
    writeFileSync(join(party, '_app', 'immutable', 'start.abc123.js'), 'export {}');
    // What adapter-static's `precompress` writes beside each text file.
    const chunk = `export const nhan = ${JSON.stringify('Đối thoại '.repeat(200))};`;
    writeFileSync(join(party, '_app', 'immutable', 'chunk.def456.js'), chunk);
    writeFileSync(
      join(party, '_app', 'immutable', 'chunk.def456.js.br'),
      brotliCompressSync(chunk),
    );
    writeFileSync(join(party, '_app', 'immutable', 'chunk.def456.js.gz'), gzipSync(chunk));
    writeFileSync(join(folder, 'secret.txt'), 'outside');
    const apps: StaticApp[] = [
      { base: '/party', name: 'Đảng ủy xã', root: party, packageName: '@doithoai/web-party' },
      {
        base: '',
        name: 'Trang chủ',
        root: join(folder, 'missing'),
        packageName: '@doithoai/web-home',
      },
    ];
    app = new Hono();
    app.get('/healthz', (c) => c.json({ status: 'ok' }));
    mountStaticApps(app, apps);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('serves hashed assets with immutable caching and the right type', async () => {
    const response = await app.request('/party/_app/immutable/start.abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it('sends the build’s precompressed .br or .gz when the browser accepts it, the file otherwise', async () => {
    const path = '/party/_app/immutable/chunk.def456.js';
    const br = await app.request(path, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toContain('text/javascript');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const gz = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await app.request(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toMatch(/^export const nhan = "Đối thoại/u);
    // A file without a compressed copy is sent as it is, whatever the client accepts.
    const bare = await app.request('/party/_app/immutable/start.abc123.js', {
      headers: { 'accept-encoding': 'br' },
    });
    expect(bare.headers.get('content-encoding')).toBeNull();
  });

  it('falls back to index.html, never cached, for any page of the app', async () => {
    const response = await app.request('/party/plans/abc/edit');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe('<p>party</p>');
  });

  it('redirects the bare path to the trailing slash', async () => {
    const response = await app.request('/party');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/party/');
  });

  it('answers 404 for a missing asset and never serves files outside the build', async () => {
    expect((await app.request('/party/_app/immutable/gone.js')).status).toBe(404);
    const escaped = await app.request('/party/..%2fsecret.txt');
    expect(await escaped.text()).not.toBe('outside');
  });

  it('says an app is not built at its path, and keeps the API routes', async () => {
    const home = await app.request('/');
    expect(home.status).toBe(503);
    expect(await home.text()).toContain('chưa được build');
    expect((await app.request('/healthz')).status).toBe(200);
  });
});

describe('paths no app serves', () => {
  let folder: string;
  let app: Hono;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'doithoai-static-'));
    const home = join(folder, 'home');
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'index.html'), '<p>trang chủ</p>');
    writeFileSync(join(home, 'robots.txt'), 'User-agent: *');
    app = new Hono();
    mountStaticApps(app, [
      { base: '', name: 'Trang chủ', root: home, packageName: '@doithoai/web-home' },
    ]);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('answers 404 — a Vietnamese page for a browser, JSON for a monitor — never the home page', async () => {
    for (const path of ['/metrics', '/readyz', '/trang-khong-co', '/admin/login.php']) {
      const monitor = await app.request(path);
      expect(monitor.status).toBe(404);
      expect(await monitor.json()).toMatchObject({ error: { data: { code: 'NOT_FOUND', path } } });
      const browser = await app.request(path, { headers: { accept: 'text/html,*/*;q=0.8' } });
      expect(browser.status).toBe(404);
      const page = await browser.text();
      expect(page).toContain('Không tìm thấy trang');
      expect(page).not.toContain('trang chủ</p>');
    }
  });

  it('still serves the home page and the files of its build', async () => {
    expect(await (await app.request('/')).text()).toBe('<p>trang chủ</p>');
    expect((await app.request('/robots.txt')).status).toBe(200);
  });
});

describe('the apps the server knows', () => {
  it('serves the Party, chair, Front and administration apps, the public pages on /cong-dan and home on /, most specific first', () => {
    expect(STATIC_APPS.map((a) => [a.base, a.packageName])).toEqual([
      ['/party', '@doithoai/web-party'],
      ['/chair', '@doithoai/web-chair'],
      ['/front', '@doithoai/web-front'],
      ['/admin', '@doithoai/web-admin'],
      ['/cong-dan', '@doithoai/web-public'],
      ['', '@doithoai/web-home'],
    ]);
    expect(
      present(
        STATIC_APPS.find((a) => a.base === '/chair'),
        'the chair app',
      ).root,
    ).toMatch(/web-chair[/\\]build$/u);
  });
});

describe('the pages’ Content-Security-Policy (issue 17)', () => {
  // What SvelteKit's adapter-static writes: modules from the site and one inline bootstrap.
  const bootstrap = `
        {
          __sveltekit_1x2y3z = { base: new URL(".", location).pathname.slice(0, -1) };
          const element = document.currentScript.parentElement;
          Promise.all([import("./_app/immutable/entry/start.js"), import("./_app/immutable/entry/app.js")]).then(([kit, app]) => { kit.start(app, element); });
        }
      `;
  const page = `<!doctype html><html lang="vi"><head><link rel="modulepreload" href="./_app/immutable/entry/start.js"></head><body><div style="display: contents"><script>${bootstrap}</script></div></body></html>`;

  it('allows the site’s scripts and exactly the page’s inline bootstrap by its SHA-256, and forbids framing', async () => {
    const { createHash } = await import('node:crypto');
    const policy = pagePolicy(page);
    const hash = createHash('sha256').update(bootstrap).digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy.split('; ').find((d) => d.startsWith('script-src'))).not.toContain(
      'unsafe-inline',
    );
  });

  it('is sent with every page of an app, from the built file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'doithoai-csp-'));
    try {
      writeFileSync(join(folder, 'index.html'), page);
      const app = new Hono();
      mountStaticApps(app, [
        { base: '/cong-dan', name: 'Cổng', root: folder, packageName: '@doithoai/web-public' },
      ]);
      const response = await app.request('/cong-dan/tra-cuu');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(pagePolicy(page));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
