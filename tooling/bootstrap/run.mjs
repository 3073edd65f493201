#!/usr/bin/env node
// `npm start` and `npm test` on a fresh machine (Node + npm only): check Node, get the pinned
// pnpm, install the locked dependencies, then hand over to turbo. No dependencies of its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const PNPM_VERSION = '10.34.9';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (!((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 24)) {
  console.error(
    `Đối thoại needs Node 20.19+, 22.12+ or 24+; this is Node ${process.versions.node}.`,
  );
  process.exit(1);
}

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  NPM_CONFIG_UPDATE_NOTIFIER: 'false',
};

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { cwd: root, encoding: 'utf8', env });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm', []];
  console.log(`pnpm ${PNPM_VERSION} not found on PATH; using it through npx.`);
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
}

const tasks = {
  start: ['run', 'start:system'],
  test: ['run', 'test:all'],
  bench: ['run', 'bench:all'],
};
const task = process.argv[2];
if (!tasks[task]) {
  console.error(`usage: node tooling/bootstrap/run.mjs ${Object.keys(tasks).join('|')}`);
  process.exit(2);
}
const [pnpm, prefix] = pnpmCommand();
const frozen = process.env.CI ? ['--frozen-lockfile'] : ['--prefer-frozen-lockfile'];
run(pnpm, [...prefix, 'install', ...frozen]);
run(pnpm, [...prefix, ...tasks[task], ...process.argv.slice(3)]);
