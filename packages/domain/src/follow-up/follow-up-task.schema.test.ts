import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import { ConclusionNoticeSchema } from './conclusion-notice.schema.js';
import { ExtensionSchema } from './extension.schema.js';
import { currentDueOn, FollowUpTaskSchema } from './follow-up-task.schema.js';

const extension = {
  previousDueOn: '2026-01-09',
  newDueOn: '2026-01-30',
  reason: 'Cần chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính.',
  decidedBy: 'acc-ct',
  decidedAt: '2026-01-07T10:00:00+07:00',
  citizenInformed: true,
  informedOn: '2026-01-08',
  informedHow: 'written-notice',
};

const task = {
  id: 'task-1',
  planId: 'plan-cho-moi-2025',
  petitionId: 'petition-cho-moi-001',
  responsibleOrganisationId: 'org-dia-chinh',
  description: 'Trả lời bằng văn bản kiến nghị về cấp Giấy chứng nhận quyền sử dụng đất.',
  dueOn: '2026-01-09',
  ruleId: 'written-answer',
  status: 'in-progress',
  extensions: [extension],
};

describe('ExtensionSchema', () => {
  it('requires a reason (seed 004: the citizen must be told why)', () => {
    expect(messagesAt(ExtensionSchema, { ...extension, reason: '' }, ['reason'])).toEqual([
      'Lý do gia hạn không được để trống.',
    ]);
  });

  it('requires when and how the citizen was informed', () => {
    expect(
      messagesAt(ExtensionSchema, { ...extension, informedHow: undefined }, ['informedOn']),
    ).toEqual(['Phải ghi ngày và hình thức thông báo lý do gia hạn cho công dân.']);
  });

  it('may be recorded before the citizen is informed', () => {
    expect(
      ExtensionSchema.safeParse({
        ...extension,
        citizenInformed: false,
        informedOn: undefined,
        informedHow: undefined,
      }).success,
    ).toBe(true);
  });

  it('must move the deadline later', () => {
    expect(
      messagesAt(ExtensionSchema, { ...extension, newDueOn: '2026-01-09' }, ['newDueOn']),
    ).toEqual(['Hạn mới phải sau hạn cũ.']);
  });
});

describe('FollowUpTaskSchema', () => {
  it('accepts a task extended once, and its current due date is the new one', () => {
    const parsed = FollowUpTaskSchema.parse(task);
    expect(currentDueOn(parsed)).toBe('2026-01-30');
  });

  it('keeps the original due date while extensions are added', () => {
    expect(currentDueOn({ dueOn: '2026-01-09', extensions: [] })).toBe('2026-01-09');
  });

  it('must be tied to a conclusion item or a petition', () => {
    expect(
      messagesAt(FollowUpTaskSchema, { ...task, petitionId: undefined }, ['conclusionItemId']),
    ).toEqual(['Nhiệm vụ phải gắn với một nội dung kết luận hoặc một kiến nghị.']);
  });

  it('rejects an extension that does not start from the deadline in force', () => {
    const second = { ...extension, previousDueOn: '2026-01-20', newDueOn: '2026-02-10' };
    expect(
      messagesAt(FollowUpTaskSchema, { ...task, extensions: [extension, second] }, [
        'extensions',
        1,
        'previousDueOn',
      ]),
    ).toEqual(['Hạn cũ của lần gia hạn phải trùng với hạn đang áp dụng.']);
  });

  it('requires the completion date once reported done', () => {
    expect(
      messagesAt(FollowUpTaskSchema, { ...task, status: 'reported-done' }, ['completedOn']),
    ).toEqual(['Phải ghi ngày hoàn thành nhiệm vụ.']);
  });
});

describe('ConclusionNoticeSchema', () => {
  it('needs at least one assignment', () => {
    const notice = {
      id: 'tb-1',
      planId: 'plan-son-tay-ha-2025',
      documentSymbol: 'TB-UBND',
      position: 'UBND xã tiếp thu các kiến nghị.',
      items: [],
      publishedVia: [],
    };
    expect(messagesAt(ConclusionNoticeSchema, notice, ['items'])).toEqual([
      'Thông báo kết luận phải có ít nhất một nội dung phân công.',
    ]);
  });
});
