/**
 * `value`, or an error naming what the demo's data lacks. The demo's stories are fixed data, so a
 * missing value is a mistake in them: it is reported by name where it is read, not carried on as
 * `undefined` to a confusing later failure (what a non-null assertion would do).
 *
 * @example const id = required(spec.id, 'the petition id of a recipe');
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo data: missing ${what}`);
  return value;
}
