// What a form shows when the server refuses: the message, and each field's messages.
import { isApiClientError, type ApiErrorCode } from '@doithoai/api/client';

export interface FormErrors {
  /** The server's Vietnamese message (the whole refusal). */
  message: string;
  /** Field path ("title", "legalBases.0.title") → Vietnamese messages. */
  fieldErrors: Record<string, string[]>;
  /** The domain's stable code (TRANSITION_NOT_ALLOWED, VALIDATION_FAILED…), when there is one. */
  code: ApiErrorCode | null;
}

/**
 * Reads a tRPC client error (or anything thrown) into what a form shows. The server's `data` is
 * typed by the API (`ApiErrorData`): its `fieldErrors` and `domainCode` are read as they are.
 *
 * @example readApiError(error).fieldErrors['petitioner.phone'] // ['Số điện thoại không hợp lệ.']
 */
export function readApiError(error: unknown): FormErrors {
  const data = isApiClientError(error) ? error.data : null;
  const fieldErrors = { ...data?.fieldErrors };
  const code = data?.domainCode ?? null;
  const raw = error instanceof Error ? error.message : '';
  // A validation refusal's message names only the first problem; the fields carry the words.
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
