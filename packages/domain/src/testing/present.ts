/**
 * `value`, or a failure naming what was missing: the tests' replacement for a non-null
 * assertion (`!`), which would carry `undefined` on to a confusing later error.
 *
 * @example const row = present(rows[0], 'the first village row');
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}
