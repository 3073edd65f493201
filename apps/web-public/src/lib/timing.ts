import { formatDate } from '@doithoai/ui';
import type { Dialogue } from './types.js';

/**
 * When a dialogue takes place, as the notice says it: a day (with its time) or a window.
 *
 * @example timingText({ kind: 'date', date: '2025-12-10', startTime: '08:00' }) // '08:00 ngày 10/12/2025'
 */
export function timingText(timing: Dialogue['timing'], heldOn?: string | null): string {
  if (heldOn) return `ngày ${formatDate(heldOn)}`;
  if (!timing) return 'Sẽ thông báo sau';
  if (timing.kind === 'date')
    return `${timing.startTime ? `${timing.startTime} ` : ''}ngày ${formatDate(timing.date)}`;
  return `trong khoảng ${formatDate(timing.from)} – ${formatDate(timing.to)}`;
}
