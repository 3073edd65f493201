import { describe, expect, it } from 'vitest';
import { PETITION_STATUSES_NEEDING_ACTION } from '@doithoai/domain';
import { groupLabels, INBOX_DEFAULTS, listInput, NO_FILTERS } from './filters.js';

describe('the inbox filters', () => {
  it('opens on what needs action, oldest first; "Mới nhất trước" asks the server newest first', () => {
    expect(listInput(INBOX_DEFAULTS, 25)).toEqual({
      limit: 25,
      statuses: [...PETITION_STATUSES_NEEDING_ACTION],
    });
    expect(listInput({ ...INBOX_DEFAULTS, order: 'newest' }, 25).newestFirst).toBe(true);
  });

  it('sends only the filters that are set, with the page', () => {
    expect(listInput(NO_FILTERS, 20)).toEqual({ limit: 20 });
    expect(
      listInput(
        { ...NO_FILTERS, status: 'received', late: 'no', q: ' dat dai ', deadline: 'overdue' },
        20,
        'abc',
      ),
    ).toEqual({
      limit: 20,
      cursor: 'abc',
      statuses: ['received'],
      isLate: false,
      q: 'dat dai',
      deadline: 'overdue',
    });
  });

  it('numbers duplicate groups in the order they appear', () => {
    const labels = groupLabels([
      { duplicateGroupId: 'b' },
      { duplicateGroupId: null },
      { duplicateGroupId: 'a' },
      { duplicateGroupId: 'b' },
    ]);
    expect([...labels]).toEqual([
      ['b', 'Nhóm 1'],
      ['a', 'Nhóm 2'],
    ]);
  });
});
