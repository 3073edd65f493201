/**
 * The query string of the filters that are set (empty values left out), with its `?`.
 *
 * @example queryString({ year: 2025, field: '', state: 'received' }) // '?year=2025&state=received'
 * @example queryString({}) // ''
 */
export function queryString(filters: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(filters).filter(
    ([, v]) => v !== undefined && v !== null && v !== '',
  );
  return entries.length === 0
    ? ''
    : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}
