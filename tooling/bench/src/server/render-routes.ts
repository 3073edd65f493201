import type { Hono } from 'hono';
import { present } from '@doithoai/domain/testing';

// Background document rendering inside the benchmark server, as the real server renders a
// download while it takes registrations: `POST /bench/renders/start?count=20` keeps `count`
// renders in flight (each one done starts the next: every kind of the documents package's
// sample records, in its default format) until `POST /bench/renders/stop`, which answers how
// many completed. Rendering goes through `@doithoai/documents`' renderer, which builds off the
// event loop (a worker pool); it is loaded lazily so a missing or broken package only makes
// this measurement unavailable.

interface Renderer {
  render(kind: string, record: unknown): Promise<unknown>;
  close(): Promise<void>;
}

async function loadRenderer(): Promise<
  { renderer: Renderer; records: [string, unknown][] } | string
> {
  try {
    const documents = (await import('@doithoai/documents')) as Record<string, unknown>;
    const testing = (await import('@doithoai/documents/testing')) as Record<string, unknown>;
    if (typeof documents.createDocumentRenderer !== 'function' || !testing.SAMPLE_RECORDS)
      return 'no render API: @doithoai/documents exports no createDocumentRenderer / SAMPLE_RECORDS';
    const renderer = (documents.createDocumentRenderer as (o: object) => Renderer)({});
    return { renderer, records: Object.entries(testing.SAMPLE_RECORDS as Record<string, unknown>) };
  } catch (error) {
    return `no render API: ${(error as Error).message}`;
  }
}

/** Mounts the background-render switch. @example mountRenderRoutes(app); */
export function mountRenderRoutes(app: Hono): void {
  let loaded: Awaited<ReturnType<typeof loadRenderer>> | null = null;
  let running = false;
  let completed = 0;
  let failed: string | null = null;
  let inFlight: Promise<void>[] = [];

  app.post('/bench/renders/start', async (c) => {
    loaded ??= await loadRenderer();
    if (typeof loaded === 'string') return c.json({ error: loaded }, 501);
    const { renderer, records } = loaded;
    const count = Number(c.req.query('count') ?? '20');
    running = true;
    completed = 0;
    failed = null;
    let next = 0;
    const lane = async () => {
      while (running) {
        const [kind, record] = present(records[next++ % records.length], 'a record to render');
        try {
          await renderer.render(kind, record);
          completed += 1;
        } catch (error) {
          failed ??= `${kind}: ${(error as Error).message}`;
          return;
        }
      }
    };
    inFlight = Array.from({ length: count }, lane);
    return c.json({ started: count });
  });

  app.post('/bench/renders/stop', async (c) => {
    running = false;
    await Promise.all(inFlight);
    return c.json({ completed, failed });
  });
}
