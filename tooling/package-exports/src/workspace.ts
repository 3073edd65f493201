import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, two levels above this package. */
export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

type Conditions = { [condition: string]: string | Conditions };

export interface Manifest {
  name: string;
  exports?: Record<string, string | Conditions>;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  dir: string;
  manifest: Manifest;
}

/** Every package of the workspace (the folders pnpm-workspace.yaml names: apps, packages, tooling). */
export function workspacePackages(): WorkspacePackage[] {
  return ['apps', 'packages', 'tooling'].flatMap((group) =>
    readdirSync(join(root, group), { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && existsSync(join(root, group, entry.name, 'package.json')),
      )
      .map((entry) => {
        const dir = join(root, group, entry.name);
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
        return { dir, manifest };
      }),
  );
}

export interface ExportTarget {
  /** What a user writes: `@doithoai/domain/calendar`. */
  specifier: string;
  /** The condition (`types`, `import`, `svelte`, `default`), or `default` for a plain string. */
  condition: string;
  /** The file, relative to the package. */
  file: string;
}

/** Each file a package's `exports` map points at, under each of its conditions. */
export function exportTargets({ manifest }: WorkspacePackage): ExportTarget[] {
  const targets: ExportTarget[] = [];
  const walk = (specifier: string, value: string | Conditions, condition: string) => {
    if (typeof value === 'string') targets.push({ specifier, condition, file: value });
    else for (const [key, nested] of Object.entries(value)) walk(specifier, nested, key);
  };
  for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
    walk(subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`, value, 'default');
  }
  return targets;
}

/** The files a package's `bin` field names, relative to the package. */
export function binFiles({ manifest }: WorkspacePackage): string[] {
  if (!manifest.bin) return [];
  return typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin);
}
