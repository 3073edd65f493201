import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import { chooseEncoding } from './compression.js';

// Issue 20: the server never sent gzip or br, even when asked. Raw bytes over node:http (fetch
// would decode them silently), with and without Accept-Encoding.

function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          // Node sets it on every response a client receives.
          if (response.statusCode === undefined) reject(new Error('a response without a status'));
          else
            resolve({
              status: response.statusCode,
              headers: response.headers,
              body: Buffer.concat(chunks),
            });
        });
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('compressed answers', () => {
  let folder: string;
  let server: RunningServer;
  // A year of holidays: several KiB of JSON, a typical tRPC answer.
  const path = `/trpc/calendar.holidays?input=${encodeURIComponent(JSON.stringify({ year: 2026 }))}`;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'doithoai-compress-'));
    server = await startServer(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: join(folder, 'doithoai.db'),
        DEMO_DATA: '0',
      }),
    );
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends brotli to a client that accepts it, gzip to one that accepts only gzip, plain otherwise', async () => {
    const plain = await get(`${server.url}${path}`, {});
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/iu);
    expect(plain.body.length).toBeGreaterThan(1024);
    const json = plain.body.toString('utf8');
    expect(JSON.parse(json)).toMatchObject({ result: { data: expect.any(Array) as unknown } });

    const br = await get(`${server.url}${path}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(json);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);

    const gz = await get(`${server.url}${path}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(json);

    const refused = await get(`${server.url}${path}`, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('keeps the request log headers and compresses error answers too', async () => {
    const response = await get(`${server.url}/khong-co-trang-nay`, {
      'accept-encoding': 'br',
      accept: 'text/html',
    });
    expect(response.status).toBe(404);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/u);
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});
