import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import { AuditEntrySchema } from './audit-entry.schema.js';

const entry = {
  id: 'audit-1',
  at: '2025-11-20T09:15:00+07:00',
  actor: { accountId: 'acc-bt', role: 'party-secretary' },
  adminUnitCode: '02086',
  action: 'plan.approve',
  entity: { type: 'plan', id: 'plan-cho-moi-2025' },
  before: { status: 'submitted' },
  after: { status: 'approved', documentNumber: 21 },
  exportsPersonalData: false,
};

describe('AuditEntrySchema', () => {
  it('keeps before and after as JSON', () => {
    expect(AuditEntrySchema.parse(entry).after).toEqual({ status: 'approved', documentNumber: 21 });
  });

  it('requires a reason to export personal data', () => {
    const exported = { ...entry, action: 'plan.export-petitions', exportsPersonalData: true };
    expect(messagesAt(AuditEntrySchema, exported, ['reason'])).toEqual([
      'Xuất dữ liệu cá nhân phải nêu lý do.',
    ]);
  });

  it('requires a reason to correct a record', () => {
    expect(
      messagesAt(
        AuditEntrySchema,
        { ...entry, action: 'petition.correct', entity: { type: 'petition', id: 'p' } },
        ['reason'],
      ),
    ).toEqual(['Đính chính dữ liệu phải nêu lý do.']);
  });

  it('rejects an action not written area.verb', () => {
    expect(
      messagesAt(AuditEntrySchema, { ...entry, action: 'Approve plan' }, ['action']),
    ).toHaveLength(1);
  });
});
