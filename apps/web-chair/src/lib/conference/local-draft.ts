// A form typed in the hall is kept in the browser's storage as it is typed, so a reload or a
// closed tab does not lose it before it is queued (the outbox keeps it after that).

const PREFIX = 'doithoai.chair.draft.';

/**
 * The stored draft under `key`, or `fallback` when there is none (or it cannot be read).
 *
 * @example let form = $state(readDraft(`floor.${planId}`, emptyFloorForm()));
 */
export function readDraft<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Stores the draft (call it from an `$effect` on the form's snapshot). */
export function writeDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // A full or disabled storage: the form still works, only without the copy.
  }
}

/** Forgets the draft once its change is in the outbox. */
export function clearDraft(key: string): void {
  localStorage.removeItem(PREFIX + key);
}
