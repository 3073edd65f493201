import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { workspacePackages } from './workspace.js';

// Tests and their helpers (`*.test.ts`, `*.test-support.ts`) never reach dist/: each build's
// program, as tsc lists it, holds none. The program is listed rather than dist/ read, so a
// stale file from an older build cannot hide or fake a result, and a production module that
// imports a test helper (pulling it in past the exclude) fails too. The exported `./testing`
// entry points of domain, db and documents are built on purpose: other packages' tests import
// them from the built package.

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const built = workspacePackages().filter((pkg) => existsSync(join(pkg.dir, 'tsconfig.build.json')));
const TEST_CODE = /\.test(-support)?\.ts$/;

it.each(built.map((pkg) => [pkg.manifest.name, pkg.dir] as const))(
  '%s builds no test code',
  async (_, dir) => {
    const { stdout } = await run(
      process.execPath,
      [tsc, '-p', 'tsconfig.build.json', '--listFilesOnly'],
      { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
    );
    const ownSources = stdout.split('\n').filter((file) => file.startsWith(join(dir, 'src') + sep));
    expect(ownSources.length).toBeGreaterThan(0);
    expect(ownSources.filter((file) => TEST_CODE.test(file))).toEqual([]);
  },
);
