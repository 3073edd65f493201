// Compression of every text answer (issue 20: the server never sent gzip or br, even when asked;
// the public form page was 230 KiB on a phone). Brotli when the client accepts it, else gzip;
// node:zlib rather than Hono's `compress` (which has no brotli). The apps' static files are
// compressed once at build (adapter-static `precompress`) and sent as they are
// (static-apps.ts); this middleware compresses what is made per request — tRPC's JSON, pages.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this, compressing costs more than it saves (a header's worth of bytes). */
const MIN_BYTES = 1024;

const TEXT =
  /^(text\/|application\/(json|javascript|xml|manifest\+json|x-ndjson)|image\/svg\+xml)/iu;

/** The encoding to answer with: br before gzip, each only if accepted with q > 0. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/u.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/** @example app.use('*', compression()) */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const response = c.res;
    if (c.req.method === 'HEAD' || !response.body) return;
    if (response.headers.has('content-encoding')) return; // precompressed file, or done upstream
    if (!TEXT.test(response.headers.get('content-type') ?? '')) return;
    // A cache must not give the compressed answer to a client that did not ask for it.
    const vary = response.headers.get('vary');
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (!encoding) {
      if (!vary?.toLowerCase().includes('accept-encoding')) {
        replace(
          c,
          withHeaders(response, response.body, {
            vary: vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding',
          }),
        );
      }
      return;
    }
    const plain = Buffer.from(await response.arrayBuffer());
    if (plain.length < MIN_BYTES) {
      replace(
        c,
        withHeaders(response, plain, {
          vary: vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding',
        }),
      );
      return;
    }
    const packed =
      encoding === 'br'
        ? await brotli(plain, {
            params: {
              // Quality 4: most of brotli's gain at gzip's speed, for answers made per request.
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
            },
          })
        : await gzipAsync(plain, { level: 6 });
    replace(
      c,
      withHeaders(response, packed, {
        'content-encoding': encoding,
        'content-length': String(packed.length),
        vary: vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding',
      }),
    );
  };
}

/** Hono merges the old answer's headers into a new one (content-length too): start afresh. */
function replace(c: Context, response: Response): void {
  c.res = undefined;
  c.res = response;
}

function withHeaders(
  response: Response,
  body: ConstructorParameters<typeof Response>[0],
  headers: Record<string, string>,
): Response {
  const next = new Response(body, response);
  next.headers.delete('content-length');
  for (const [name, value] of Object.entries(headers)) next.headers.set(name, value);
  return next;
}
