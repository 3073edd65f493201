// The release's version: `version` in apps/server/package.json, the one CHANGELOG.md lists
// (docs/operations.md, "Upgrading"). Read from the file next to `src/` and `dist/` alike.
import { readFileSync } from 'node:fs';

/** @example VERSION // '0.1.0' */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
