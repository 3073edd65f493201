#!/usr/bin/env node
// `npm start` and `npm test` on a fresh machine (Node + npm only): check Node, get the pinned
// pnpm, install the locked dependencies, then hand over to turbo. No dependencies of its own.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.9';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (!((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 24)) {
  console.error(
    `Đối thoại cần Node 20.19+, 22.12+ hoặc 24+; máy này đang có Node ${process.versions.node}.`,
  );
  process.exit(1);
}

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  NPM_CONFIG_UPDATE_NOTIFIER: 'false',
};

// Ctrl-C: the terminal sends SIGINT to every process of the command (npm, this script, pnpm,
// turbo, the server); each stops on its own. This script only waits for the step under way to
// end, then says so in one line and exits 0 — a stop the person asked for is not a failure
// (npm printed "ELIFECYCLE Command failed" when this script died of the signal). SIGTERM, sent
// to this script alone (a service manager), is passed on to the step under way.
let stopRequested = false;
let current = null;
process.on('SIGINT', () => {
  stopRequested = true;
});
process.on('SIGTERM', () => {
  stopRequested = true;
  current?.kill('SIGTERM');
});

function stoppedQuietly(said = false) {
  if (!said) console.log('Đã dừng theo yêu cầu.');
  process.exit(0);
}

/** Runs a step; resolves with its exit code (a signal counts as 1). */
function step(command, args, { onLine } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: onLine ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    });
    current = child;
    if (onLine) {
      for (const stream of [child.stdout, child.stderr])
        createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
    }
    child.on('error', reject);
    child.on('close', (code) => {
      current = null;
      resolvePromise(code ?? 1);
    });
  });
}

/**
 * A step that must succeed: stops here (quietly if asked to) when it does not. `saysStop`: the
 * step says itself that it stopped (the server does).
 */
async function mustRun(command, args, { saysStop = false, ...options } = {}) {
  const code = await step(command, args, options);
  if (stopRequested) stoppedQuietly(saysStop && code === 0);
  if (code !== 0) process.exit(code);
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { cwd: root, encoding: 'utf8', env });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm', []];
  console.log(`Không thấy pnpm ${PNPM_VERSION} trên PATH: dùng qua npx.`);
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
}

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} giây`;

/**
 * `turbo run build` with one line per package as its build ends (turbo's grouped log order
 * prints a task's output when it completes), and a line every 30 s while one still runs: the
 * first build takes minutes on a small machine and printed nothing before. The output of a
 * failed build is shown whole.
 */
async function buildWithProgress() {
  const started = Date.now();
  console.log('Đang dựng các gói (lần đầu mất vài phút)…');
  const blocks = new Map();
  let done = 0;
  let last = Date.now();
  const failed = [];
  const other = [];
  const ticker = setInterval(() => {
    if (Date.now() - last >= 30_000) {
      console.log(`  … vẫn đang dựng (${seconds(started)})`);
      last = Date.now();
    }
  }, 5_000);
  const onLine = (line) => {
    const task = /^(@?[\w./-]+):build: (.*)$/u.exec(line);
    if (task) {
      const [, name, text] = task;
      if (!blocks.has(name)) {
        blocks.set(name, []);
        done += 1;
        last = Date.now();
        const reused = text.startsWith('cache hit');
        console.log(`  ✓ ${name}${reused ? ' (đã có sẵn)' : ''} — ${seconds(started)}`);
      }
      blocks.get(name).push(text);
      return;
    }
    const failure = /Failed:\s+(\S+)#build/u.exec(line);
    if (failure) failed.push(failure[1]);
    other.push(line);
  };
  const turbo = resolve(root, 'node_modules/turbo/bin/turbo');
  const code = await step(
    process.execPath,
    [turbo, 'run', 'build', '--output-logs=full', '--log-order=grouped', '--no-color'],
    { onLine },
  );
  clearInterval(ticker);
  if (stopRequested) stoppedQuietly();
  if (code !== 0) {
    for (const name of failed) {
      console.error(`\n--- ${name} ---`);
      for (const text of blocks.get(name) ?? []) console.error(text);
    }
    // What turbo itself said (its summary, or why it could not run at all).
    for (const line of other) if (line.trim()) console.error(line);
    console.error(`\nDựng không thành công${failed.length ? `: ${failed.join(', ')}` : ''}.`);
    process.exit(code);
  }
  console.log(`Đã dựng xong ${done} gói trong ${seconds(started)}.`);
}

const task = process.argv[2];
const tasks = ['start', 'test', 'bench'];
if (!tasks.includes(task)) {
  console.error(`Cách dùng: node tooling/bootstrap/run.mjs ${tasks.join('|')}`);
  process.exit(2);
}
const [pnpm, prefix] = pnpmCommand();
const frozen = process.env.CI ? ['--frozen-lockfile'] : ['--prefer-frozen-lockfile'];
await mustRun(pnpm, [...prefix, 'install', ...frozen]);
if (task === 'start' && existsSync(resolve(root, 'node_modules/turbo/bin/turbo'))) {
  // `start:system` without pnpm in between: the build with its progress, then the server, which
  // stops on Ctrl-C by itself (apps/server/src/main.ts).
  await buildWithProgress();
  await mustRun(
    process.execPath,
    ['--enable-source-maps', resolve(root, 'apps/server/dist/main.js'), ...process.argv.slice(3)],
    { saysStop: true },
  );
} else {
  const scripts = { start: 'start:system', test: 'test:all', bench: 'bench:all' };
  await mustRun(pnpm, [...prefix, 'run', scripts[task], ...process.argv.slice(3)]);
}
