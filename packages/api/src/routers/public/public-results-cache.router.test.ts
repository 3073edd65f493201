import { testDialects } from '@doithoai/db/testing';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { createCalendarProvider } from '../../calendar-provider.js';
import { createApiApp } from '../../http/app.js';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { choMoiPlanAt } from '../plans/plans.test-support.js';
import { RESULTS_TTL_MS, ResultsCache } from './results-cache.js';

/*
 * Issue 17, cost amplification: 4 GETs batching 150 `public.results` each read the whole
 * dialogue 600 times. The results are now built once per dialogue and minute: the queries the
 * database runs are counted, on every dialect.
 */

const dialects = await testDialects();

/** Counts every statement the api sends to the database. */
function queryCounter(): KyselyPlugin & { count: number } {
  const counter = {
    count: 0,
    transformQuery: (args: Parameters<KyselyPlugin['transformQuery']>[0]) => {
      counter.count += 1;
      return args.node;
    },
    transformResult: (args: Parameters<KyselyPlugin['transformResult']>[0]) =>
      Promise.resolve(args.result),
  };
  return counter;
}

describe.each(dialects)(
  'public.results is built once per dialogue and minute on $name',
  (dialect) => {
    let api: TestApi;
    let planId: string;
    let now = new Date('2025-12-20T03:00:00.000Z');
    const counter = queryCounter();
    let app: ReturnType<typeof createApiApp>;

    beforeAll(async () => {
      api = await createTestApi(dialect);
      planId = (await choMoiPlanAt(api, 'held', { documentNumber: 14 })).plan.id;
      // The same database, seen through a counting plugin, behind an app of its own.
      app = createApiApp({
        db: api.handle.db.withPlugin(counter),
        dialect: api.handle.dialect,
        now: () => now,
        calendars: createCalendarProvider(0),
        secureCookies: false,
      });
    });
    afterAll(() => api.close());

    /** One GET batching `calls` reads of the results, as the probe sent them. */
    async function batchedResults(calls: number) {
      const paths = Array.from({ length: calls }, () => 'public.results').join(',');
      const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, { planId }]));
      const response = await app.request(
        `http://localhost/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
        { headers: { 'x-real-ip': '203.0.113.40' } },
      );
      expect(response.status).toBe(200);
      return (await response.json()) as { result: { data: unknown } }[];
    }

    it('fifty reads in five batches cost the queries of one; a minute later it is built again', async () => {
      const first = counter.count;
      const one = await batchedResults(1);
      const perBuild = counter.count - first;
      expect(perBuild).toBeGreaterThan(3);

      now = new Date(now.getTime() + RESULTS_TTL_MS + 1000);
      const before = counter.count;
      const answers = [];
      for (let n = 0; n < 5; n += 1) answers.push(...(await batchedResults(10)));
      expect(answers).toHaveLength(50);
      // The calls of a batch run in parallel: they share the one build in flight.
      expect(counter.count - before).toBe(perBuild);
      const expected = present(one[0], 'the single call’s answer').result.data;
      for (const answer of answers) expect(answer.result.data).toEqual(expected);

      now = new Date(now.getTime() + RESULTS_TTL_MS - 1000);
      await batchedResults(10);
      expect(counter.count - before).toBe(perBuild);
      now = new Date(now.getTime() + 2000);
      await batchedResults(10);
      expect(counter.count - before).toBe(2 * perBuild);
    });

    it('a refusal is not kept: an unknown dialogue is looked up again every time', async () => {
      const get = () =>
        app.request(
          `http://localhost/trpc/public.results?input=${encodeURIComponent(JSON.stringify({ planId: 'khong-co' }))}`,
          { headers: { 'x-real-ip': '203.0.113.41' } },
        );
      expect((await get()).status).toBe(404);
      const before = counter.count;
      expect((await get()).status).toBe(404);
      expect(counter.count).toBeGreaterThan(before);
    });
  },
);

describe('the results cache', () => {
  it('keeps at most its capacity, dropping the least recently read dialogue first', async () => {
    const cache = new ResultsCache<string>(2, RESULTS_TTL_MS);
    const at = new Date('2025-12-20T03:00:00.000Z');
    let builds = 0;
    const build = (id: string) => () => {
      builds += 1;
      return Promise.resolve({ adminUnitCode: '02086', value: `kết quả ${id}` });
    };
    await cache.read('a', at, build('a'));
    await cache.read('b', at, build('b'));
    await cache.read('a', at, build('a'));
    await cache.read('c', at, build('c'));
    expect(cache.size).toBe(2);
    expect(builds).toBe(3);
    expect(await cache.read('a', at, build('a'))).toBe('kết quả a');
    expect(builds).toBe(3);
    await cache.read('b', at, build('b'));
    expect(builds).toBe(4);
    cache.invalidate('b');
    await cache.read('b', at, build('b'));
    expect(builds).toBe(5);
  });
});
