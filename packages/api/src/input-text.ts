/**
 * Text no database here can keep: a NUL character (PostgreSQL refuses `\u0000` in text and
 * answers with an error, so a fuzzed `{ id: "\u0000" }` gave a 500) or half of a UTF-16
 * surrogate pair (not valid Unicode; it would be stored as garbage). Refused for every input
 * before any procedure runs, so both dialects answer the same 400.
 */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * The path of the first string (or object key) in `value` that holds unstorable text, or null.
 *
 * @example unstorableTextPath({ petitioner: { fullName: 'Nông\u0000' } }) // 'petitioner.fullName'
 */
export function unstorableTextPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '(input)' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableTextPath(item, path ? `${path}.${index}` : String(index));
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (UNSTORABLE.test(key)) return at;
      const found = unstorableTextPath(item, at);
      if (found !== null) return found;
    }
  }
  return null;
}
