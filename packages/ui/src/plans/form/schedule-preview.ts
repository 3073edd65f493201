import type { RuleOverride } from '@doithoai/domain';
import type { OverrideRow } from '../plan-form.js';

/**
 * The overrides the preview can send: complete rows only (a half-typed one would make the
 * public procedure refuse the whole preview).
 *
 * @example parseOverrides([{ ruleId: 'registration-cutoff', date: '2025-12-04', offset: '', unit: '', reason: 'IV.5' }]).length // 1
 */
export function parseOverrides(rows: readonly OverrideRow[]): RuleOverride[] {
  return rows.flatMap((row): RuleOverride[] => {
    const reason = row.reason.trim();
    if (!reason) return [];
    if (row.date && !row.offset) return [{ ruleId: row.ruleId, date: row.date, reason }];
    const offset = Number(row.offset);
    if (!row.date && row.offset && Number.isInteger(offset) && offset >= 0)
      return [
        {
          ruleId: row.ruleId,
          offset,
          ...(row.unit ? { unit: row.unit } : {}),
          reason,
        },
      ];
    return [];
  });
}
