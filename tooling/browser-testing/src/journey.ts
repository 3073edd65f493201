// The hooks every browser journey repeats: start the world, seed it, open a page; on failure a
// screenshot; at the end stop everything.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { openPage, recordFailure, shot, signIn } from './browser-steps.js';
import { browserAvailability, startWorld, type World, type WorldOptions } from './harness.js';

export interface OpenedWorld {
  world: World;
  context: BrowserContext;
  page: Page;
}

export interface JourneyOptions extends Omit<WorldOptions, 'clockStart' | 'artifacts'> {
  /** The browser's (fixed) date, usually where `seed` leaves the server's clock. */
  browserClock: string;
  /** The server's clock at start; by default the browser's. */
  clockStart?: string;
  /** By default the app's `test-artifacts/` (vitest runs in the app's folder). */
  artifacts?: string;
  /** Records written through the API before the browser opens. */
  seed?: (world: World) => Promise<void>;
}

/** The steps a journey repeats, on its page. */
export interface JourneySteps {
  /** The running world (once `beforeAll` has run). */
  readonly world: World;
  // Function properties, not methods: the tests take them out of the object (`const { shot }`).
  /** Signs `username` in on `/` (dropping any earlier session). */
  signIn: (username: string) => Promise<void>;
  /** A full-page screenshot `<name>.png` among the artefacts. */
  shot: (name: string) => Promise<void>;
}

/**
 * Registers the describe block's hooks: `beforeAll` starts the world, runs `seed`, opens a page
 * and hands them to `onReady`; `afterEach` keeps the screen of a failed test; `afterAll` stops.
 *
 * @example const { signIn, shot } = useJourney({ accounts, clockStart, artifacts, browserClock }, (o) => ({ world, page } = o));
 */
export function useJourney(
  options: JourneyOptions,
  onReady: (opened: OpenedWorld) => void,
): JourneySteps {
  let world: World | undefined;
  let opened: OpenedWorld | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    world = await startWorld({
      ...options,
      clockStart: options.clockStart ?? options.browserClock,
      artifacts: options.artifacts ?? join(process.cwd(), 'test-artifacts'),
    });
    await options.seed?.(world);
    opened = { world, ...(await openPage(world, options.browserClock)) };
    page = opened.page;
    onReady(opened);
  });
  afterEach(async ({ task }) => {
    if (world) await recordFailure(world, page, task);
  });
  afterAll(async () => {
    await world?.stop();
  });
  const ready = () => {
    if (!opened) throw new Error('useJourney: the world is not started yet.');
    return opened;
  };
  return {
    get world() {
      return ready().world;
    },
    signIn: (username) => signIn(ready().world, ready().context, ready().page, username),
    shot: (name) => shot(ready().world, ready().page, name),
  };
}

/**
 * A describe block that needs Debian's chromium: skipped with the reason when it is missing
 * (a failure under `REQUIRE_BROWSER=1`).
 *
 * @example describeInBrowser('the chair app in a real browser', () => { useJourney(…); it(…); });
 */
export function describeInBrowser(name: string, body: () => void): void {
  const availability = browserAvailability();
  if (!availability.run) console.warn(availability.reason);
  describe.skipIf(!availability.run)(name, body);
}
