// Serves the role apps (static SvelteKit builds) on the API's origin, each under its own path,
// so one session cookie serves them all.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import { chooseEncoding } from './http/compression.js';
import { notFound } from './http/not-found.js';

export interface StaticApp {
  /** Path prefix without a trailing slash; '' for the home app on `/`. */
  base: string;
  /** The app's name, for the "not built" page. */
  name: string;
  /** The app's `build/` folder (adapter-static output). */
  root: string;
  /** The workspace package, for the "not built" page. */
  packageName: string;
}

/** `apps/` seen from this file, in `src/` (tests) as in `dist/` (the running server). */
const APPS_FOLDER = fileURLToPath(new URL('../../', import.meta.url));

/** The apps the server serves, found next to it in the workspace. Most specific base first. */
export const STATIC_APPS: readonly StaticApp[] = [
  {
    base: '/party',
    name: 'Đảng ủy xã',
    root: join(APPS_FOLDER, 'web-party', 'build'),
    packageName: '@doithoai/web-party',
  },
  {
    base: '/chair',
    name: 'Chủ tịch UBND xã',
    root: join(APPS_FOLDER, 'web-chair', 'build'),
    packageName: '@doithoai/web-chair',
  },
  {
    base: '/front',
    name: 'Ủy ban MTTQ xã',
    root: join(APPS_FOLDER, 'web-front', 'build'),
    packageName: '@doithoai/web-front',
  },
  {
    base: '/admin',
    name: 'Quản trị',
    root: join(APPS_FOLDER, 'web-admin', 'build'),
    packageName: '@doithoai/web-admin',
  },
  {
    base: '/cong-dan',
    name: 'Cổng thông tin cho người dân',
    root: join(APPS_FOLDER, 'web-public', 'build'),
    packageName: '@doithoai/web-public',
  },
  {
    base: '',
    name: 'Trang chủ',
    root: join(APPS_FOLDER, 'web-home', 'build'),
    packageName: '@doithoai/web-home',
  },
];

const HTML_TYPE = 'text/html; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  '.html': HTML_TYPE,
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Hashed file names never change content: cache for a year. Everything else: revalidate. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';

function notBuiltPage(app: StaticApp): Response {
  const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${app.name}</title>
<h1>Ứng dụng “${app.name}” chưa được build</h1>
<p>Chạy <code>npm start</code> (build mọi gói rồi khởi động) hoặc
<code>pnpm --filter ${app.packageName} build</code>, rồi tải lại trang. API vẫn chạy tại <code>/trpc</code>.</p></html>`;
  return new Response(html, {
    status: 503,
    headers: { 'content-type': HTML_TYPE, 'cache-control': NO_CACHE },
  });
}

/** The file under `root` a request path names, or null (missing, a folder, or outside root). */
function fileFor(root: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** The inline scripts of a page: SvelteKit's adapter-static writes one that starts the app. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu;

/**
 * A page's Content-Security-Policy (issue 17): scripts only from the site and the page's own
 * inline scripts by their SHA-256 (SvelteKit's bootstrap, read from the built file, so a rebuild
 * needs no configuration); styles from the site and inline (Svelte writes `style` attributes);
 * images and fonts from the site or `data:`; requests only to the site; no plugins; never
 * framed; forms post only here.
 *
 * @example pagePolicy('<script>start()</script>') // "default-src 'self'; script-src 'self' 'sha256-…'; …"
 */
export function pagePolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Policies of the pages served, by path and modification time (built files rarely change). */
const policies = new Map<string, { mtimeMs: number; policy: string }>();
function policyOf(path: string): string {
  const mtimeMs = statSync(path).mtimeMs;
  const known = policies.get(path);
  if (known && known.mtimeMs === mtimeMs) return known.policy;
  const policy = pagePolicy(readFileSync(path, 'utf8'));
  policies.set(path, { mtimeMs, policy });
  return policy;
}

function serveFile(c: Context, path: string, cacheControl: string): Response {
  // The build's .br / .gz beside the file (adapter-static `precompress`), when the client takes it.
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  const packed = encoding ? `${path}.${encoding === 'br' ? 'br' : 'gz'}` : null;
  const source = packed && existsSync(packed) ? packed : path;
  const body = c.req.method === 'HEAD' ? null : readFileSync(source);
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
    ...(encoding && source !== path ? { 'content-encoding': encoding } : {}),
    ...(COMPRESSIBLE.has(extname(path)) ? { vary: 'Accept-Encoding' } : {}),
  };
  // The policy is read from the plain page (its inline scripts' hashes), whatever is sent.
  if (extname(path) === '.html') headers['content-security-policy'] = policyOf(path);
  return new Response(body, { headers });
}

/** The file types the build precompresses (and the compression middleware would compress). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

/**
 * One app: its files, hashed assets cached for good, and index.html (never cached) for every
 * other path so the app's router takes over. When the app has not been built, its paths say so.
 */
function appHandler(app: StaticApp) {
  return (c: Context): Response => {
    const root = normalize(app.root);
    const index = join(root, 'index.html');
    const relative = c.req.path.slice(app.base.length).replace(/^\/+/u, '');
    // The home app has one page, `/`: any other path not a file of its build is nobody's — a 404,
    // never the home page (a monitor pointed at `/metricz` must not read success).
    const homeUnknown = app.base === '' && relative !== '' && relative !== 'index.html';
    if (!existsSync(index)) return homeUnknown ? notFound(c) : notBuiltPage(app);
    const file = relative === '' ? null : fileFor(root, relative);
    if (file)
      return serveFile(c, file, relative.startsWith('_app/immutable/') ? IMMUTABLE : NO_CACHE);
    // A missing asset is a 404, not the app's page (a stale tab asking for an old chunk).
    if (relative.startsWith('_app/')) return c.text('Không tìm thấy tệp.', 404);
    if (homeUnknown) return notFound(c);
    return serveFile(c, index, NO_CACHE);
  };
}

/**
 * Mounts every app after the API's routes: `/party/…` → web-party, …, `/` → web-home; any other
 * path is a 404. `/trpc`, `/healthz`, `/readyz` and `/metrics` stay the server's (registered first).
 *
 * @example mountStaticApps(app); // after app.route('/', api)
 */
export function mountStaticApps(app: Hono, apps: readonly StaticApp[] = STATIC_APPS): void {
  for (const entry of apps) {
    const handler = appHandler(entry);
    if (entry.base === '') {
      app.on(['GET', 'HEAD'], '*', (c) =>
        c.req.path === '/trpc' || c.req.path.startsWith('/trpc/')
          ? c.json({ error: { message: 'Không tìm thấy thủ tục.' } }, 404)
          : handler(c),
      );
    } else {
      app.on(['GET', 'HEAD'], entry.base, (c) => c.redirect(`${entry.base}/`, 308));
      app.on(['GET', 'HEAD'], `${entry.base}/*`, handler);
    }
  }
}
