import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binFiles, exportTargets, workspacePackages, type Manifest } from './workspace.js';

// Every export a package.json declares resolves once the workspace is built, and the module it
// names loads when imported by its package name, the way another package imports it. Exports
// that point at sources (`./src/…` of ui and browser-testing) are read by Vite and vitest,
// which compile them: for those the file must exist. A package with exports or a bin that this
// package does not depend on fails too, so a new one cannot slip past.

const self = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as Manifest;
const published = workspacePackages().filter(
  (pkg) => pkg.manifest.exports !== undefined || pkg.manifest.bin !== undefined,
);
const RUNTIME_CONDITIONS = new Set(['import', 'default']);

describe.each(published.map((pkg) => [pkg.manifest.name, pkg] as const))('%s', (name, pkg) => {
  it('is a dependency of this check', () => {
    expect(self.devDependencies ?? {}).toHaveProperty([name]);
  });

  const targets = exportTargets(pkg);
  it.each(targets.map((t) => [`${t.specifier} (${t.condition}) → ${t.file}`, t] as const))(
    'declares %s, and the file exists',
    (_, target) => {
      expect(existsSync(join(pkg.dir, target.file)), `${target.file} in ${pkg.dir}`).toBe(true);
    },
  );

  const loadable = [
    ...new Set(
      targets
        .filter((t) => RUNTIME_CONDITIONS.has(t.condition) && /\.(js|json)$/.test(t.file))
        .filter((t) => !t.file.startsWith('./src/'))
        .map((t) => t.specifier),
    ),
  ];
  it.each(loadable)('loads %s by its package name', async (specifier) => {
    const module = (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
    expect(Object.keys(module).length).toBeGreaterThan(0);
  });

  it.each(binFiles(pkg))('bin %s exists', (file) => {
    expect(existsSync(join(pkg.dir, file)), `${file} in ${pkg.dir}`).toBe(true);
  });
});
