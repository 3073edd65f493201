// The registration form's Idempotency-Key, kept in the browser's storage: the same form sent
// again (a double click, a lost answer, a reload) carries the same key, so the server answers
// with the code it gave the first time; a changed form gets a new key.

const STORAGE_KEY = 'doithoai.cong-dan.dang-ky';

interface Stored {
  key: string;
  fingerprint: string;
}

function read(planId: string): Stored | null {
  try {
    const all = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, Stored>;
    return all[planId] ?? null;
  } catch {
    return null;
  }
}

/** 128 random bits as hex: `crypto.getRandomValues` also works on plain HTTP inside a commune's
 * network, where `crypto.randomUUID` (secure contexts only) is missing. */
function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The key for this plan's form as filled in now: the stored one when the content is the same,
 * else a fresh one (stored before the request leaves, so a retry after a lost answer reuses it).
 *
 * @example const key = idempotencyKeyFor(planId, JSON.stringify(form));
 */
export function idempotencyKeyFor(planId: string, fingerprint: string): string {
  const stored = read(planId);
  if (stored && stored.fingerprint === fingerprint) return stored.key;
  const key = randomKey();
  try {
    const all = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, Stored>;
    all[planId] = { key, fingerprint };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Storage refused (private mode): the server still recognises the same phone and content.
  }
  return key;
}
