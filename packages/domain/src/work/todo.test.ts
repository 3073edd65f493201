import { describe, expect, it } from 'vitest';
import { ROLES } from '../accounts/role.schema.js';
import { buildTodoList, todoKindsFor, TODO_KINDS, type TodoCandidate } from './todo.js';

// Seed 000 (Chợ Mới): the land petition answered late by Phòng Kinh tế, the night-racing one due
// in two working days with Công an xã, a plan awaiting the secretary without a date yet.
const lateOnLand = {
  state: 'overdue',
  effectiveDueDate: '2026-01-09',
  workingDaysLeft: null,
  workingDaysLate: 3,
} as const;
const land: TodoCandidate = {
  kind: 'petition-due',
  id: 'p-land',
  title: 'Kiến nghị CMX4-D8LA: cấp giấy chứng nhận quyền sử dụng đất',
  detail: 'Phòng Kinh tế xã',
  link: '/chair/petitions/p-land',
  deadline: lateOnLand,
};
const racing: TodoCandidate = {
  ...land,
  id: 'p-racing',
  title: 'Kiến nghị CMX4-7QRT: thanh niên đua xe ban đêm',
  deadline: {
    state: 'due-soon',
    effectiveDueDate: '2026-01-16',
    workingDaysLeft: 2,
    workingDaysLate: 0,
  },
};
const plan: TodoCandidate = {
  kind: 'plan-to-approve',
  id: 'plan-2026',
  title: 'Kế hoạch tổ chức Hội nghị đối thoại năm 2026',
  detail: null,
  link: '/party/plans/plan-2026',
  deadline: null,
};

describe("each role's to-do list", () => {
  it('runs from the overdue to the latest due, work without a date last, each state in words', () => {
    const list = buildTodoList([plan, racing, land]);
    expect(list.map((i) => i.id)).toEqual(['p-land', 'p-racing', 'plan-2026']);
    expect(list.map((i) => i.deadlineLabel)).toEqual([
      'Quá hạn — hạn 09/01/2026, quá 3 ngày làm việc',
      'Sắp đến hạn — hạn 16/01/2026, còn 2 ngày làm việc',
      'Chưa có hạn',
    ]);
    expect(list[0]?.kindLabel).toBe('Việc được giao đến hạn');
    expect(list[2]?.kindLabel).toBe('Kế hoạch chờ phê duyệt');
  });

  it('drops work already met, on time or late', () => {
    const met: TodoCandidate = {
      ...land,
      id: 'p-met',
      deadline: { ...lateOnLand, state: 'met-late' },
    };
    expect(buildTodoList([met, racing]).map((i) => i.id)).toEqual(['p-racing']);
  });

  it('gives the secretary plans and escalations, the chair drafts, a body its due work, the offices answers to send', () => {
    expect(todoKindsFor('party-secretary')).toEqual(['plan-to-approve', 'front-escalation']);
    expect(todoKindsFor('commune-chair')).toContain('draft-to-approve');
    expect(todoKindsFor('department')).toEqual(['petition-due']);
    expect(todoKindsFor('government-office')).toEqual(['answer-to-send']);
    // Every kind is somebody's work.
    const used = new Set(ROLES.flatMap((r) => todoKindsFor(r)));
    expect([...used].sort()).toEqual([...TODO_KINDS].sort());
  });
});
