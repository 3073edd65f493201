import type { PetitionCursor } from '@doithoai/db';
import { domainError, isIsoDate } from '@doithoai/domain';
import { fail } from '../../errors.js';

/** An opaque page cursor: where the last page ended (received_on, id). @example encodeCursor({ receivedOn: '2025-12-01', id }) */
export function encodeCursor(cursor: PetitionCursor): string {
  return Buffer.from(JSON.stringify([cursor.receivedOn, cursor.id])).toString('base64url');
}

/** Reads a cursor back; a tampered one is a 400, never a 500. @example decodeCursor(encodeCursor(c)) // c */
export function decodeCursor(value: string): PetitionCursor {
  try {
    const [receivedOn, id] = JSON.parse(
      Buffer.from(value, 'base64url').toString('utf8'),
    ) as unknown[];
    if (typeof receivedOn === 'string' && isIsoDate(receivedOn) && typeof id === 'string')
      return { receivedOn, id };
  } catch {
    // fall through to the refusal
  }
  fail(domainError('CURSOR_INVALID', {}));
}
