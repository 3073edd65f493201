import { formatVietnameseDate } from '@doithoai/domain';

// The domain's dd/mm/yyyy (a plain module: unit tests load it without the Svelte compiler).
const formatDate = (date: string | null) => (date ? formatVietnameseDate(date) : '—');

/**
 * One line saying why a date moved and how the citizen was told, from the server's record.
 *
 * @example extensionLine({ previousDueOn: '2026-01-09', newDueOn: '2026-01-23', reason: 'Chờ đo đạc', citizenInformed: true, informedOn: '2026-01-07', informedHowLabel: 'Điện thoại' })
 * // 'Gia hạn từ 09/01/2026 đến 23/01/2026: Chờ đo đạc. Đã báo công dân ngày 07/01/2026 (Điện thoại).'
 */
export function extensionLine(e: {
  previousDueOn: string;
  newDueOn: string;
  reason: string;
  citizenInformed: boolean;
  informedOn: string | null;
  informedHowLabel: string | null;
}): string {
  const told = e.citizenInformed
    ? `Đã báo công dân ngày ${formatDate(e.informedOn)}${e.informedHowLabel ? ` (${e.informedHowLabel})` : ''}.`
    : 'Chưa báo công dân.';
  return `Gia hạn từ ${formatDate(e.previousDueOn)} đến ${formatDate(e.newDueOn)}: ${e.reason.replace(/\.$/u, '')}. ${told}`;
}
