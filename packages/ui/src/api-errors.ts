// What a form shows when the server refuses: the message, and each field's messages.

export interface FormErrors {
  /** The server's Vietnamese message (the whole refusal). */
  message: string;
  /** Field path ("title", "legalBases.0.title") → Vietnamese messages. */
  fieldErrors: Record<string, string[]>;
  /** The domain's stable code (TRANSITION_NOT_ALLOWED, VALIDATION_FAILED…), when there is one. */
  code: string | null;
}

interface ErrorLike {
  message?: unknown;
  data?: { fieldErrors?: unknown; domainCode?: unknown } | null;
}

/**
 * Reads a tRPC client error (or anything thrown) into what a form shows.
 *
 * @example readApiError({ message: 'Dữ liệu không hợp lệ.', data: { fieldErrors: { title: ['Cần nhập trích yếu.'] } } }).fieldErrors.title // ['Cần nhập trích yếu.']
 */
export function readApiError(error: unknown): FormErrors {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const fields = e.data?.fieldErrors;
  const fieldErrors: Record<string, string[]> = {};
  if (fields && typeof fields === 'object') {
    for (const [key, value] of Object.entries(fields))
      if (Array.isArray(value)) fieldErrors[key] = value.map(String);
  }
  const code = typeof e.data?.domainCode === 'string' ? e.data.domainCode : null;
  const raw = typeof e.message === 'string' && e.message ? e.message : '';
  // A validation refusal's message is zod's JSON dump; the fields carry the words.
  const message =
    code === 'VALIDATION_FAILED' || raw.startsWith('[')
      ? 'Có thông tin chưa hợp lệ: xem các ô được đánh dấu.'
      : raw || 'Không kết nối được máy chủ. Hãy thử lại.';
  return { message, fieldErrors, code };
}

/**
 * The messages of one field and of everything inside it ("timing" also shows "timing.date").
 *
 * @example errorsAt({ 'timing.date': ['Ngày không hợp lệ.'] }, 'timing') // ['Ngày không hợp lệ.']
 */
export function errorsAt(
  fieldErrors: Record<string, string[]> | null | undefined,
  path: string,
): string[] {
  if (!fieldErrors) return [];
  return Object.entries(fieldErrors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages);
}
