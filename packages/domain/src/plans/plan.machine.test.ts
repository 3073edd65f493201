import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRONT_ROLES, ROLES, type Role } from '../accounts/role.schema.js';
import { DomainError, type Result } from '../errors/domain-error.js';
import { isErrorCode } from '../errors/error-codes.js';
import type { Actor } from '../workflow/machine.js';
import { ISSUER_KINDS } from './plan-document.schema.js';
import {
  PLAN_EVENTS,
  type PlanEvent,
  type PlanPayloads,
  type PlanScope,
} from './plan.machine.rules.js';
import { availablePlanEvents, PLAN_MACHINE, planMachine, transitionPlan } from './plan.machine.js';
import { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus } from './plan.status.js';

// Seed 000: Kế hoạch 14-KH/ĐU of the Party committee of Chợ Mới, signed by Triệu Tiên Trình.
const choMoi: PlanScope = { issuerKind: 'party-committee' };
// Seed 004: a People's Committee plan (Sơn Tây Hạ), approved by the commune chair.
const sonTayHa: PlanScope = { issuerKind: 'peoples-committee' };
const partyOffice: Actor = { role: 'party-office', organisationId: 'vp-dang-uy-cho-moi' };
const secretary: Actor = { role: 'party-secretary', userId: 'trieu-tien-trinh' };
const chair: Actor = { role: 'commune-chair' };
const trieuTienTrinh = {
  name: 'Triệu Tiên Trình',
  title: 'secretary',
  authority: 'on-behalf-of-standing-committee',
} as const;

/** A valid payload for each event, so tests and properties can walk deep into the lifecycle. */
const VALID: { [E in PlanEvent]: PlanPayloads[E] } = {
  submit: { missingFields: [] },
  return: { comment: 'Bổ sung căn cứ Quyết định 357-QĐ/TU của Tỉnh ủy Thái Nguyên.' },
  approve: { documentNumber: 14, signer: trieuTienTrinh },
  announce: { dialogueDate: '2025-12-10' },
  postpone: { reason: 'Trùng lịch hội nghị của Tỉnh ủy.' },
  reschedule: { newDialogueDate: '2025-12-17', reason: 'Lùi một tuần theo chỉ đạo.' },
  hold: {},
  conclude: {},
  close: { openPetitionCount: 0 },
  cancel: { reason: 'Tỉnh tổ chức đối thoại chung trên địa bàn.' },
};
const step = <E extends PlanEvent>(
  state: PlanStatus,
  event: E,
  actor: Actor,
  extra: Partial<PlanPayloads[E]> = {},
  scope = choMoi,
) => transitionPlan(state, event, actor, { ...scope, ...VALID[event], ...extra });

function expectRefused(result: Result<unknown>, code: string, state: PlanStatus): DomainError {
  if (result.ok) throw new Error(`expected ${code}, got success`);
  expect(result.error.code).toBe(code);
  expect(result.error.message).toContain(`"${PLAN_STATUS_LABELS[state]}"`);
  return result.error;
}

describe('the plan workflow — the Chợ Mới Party plan (seed 000)', () => {
  it('goes from draft to closed: submit, return with comment, resubmit, approve 14-KH/ĐU, announce, hold, conclude, close', () => {
    const path: [PlanEvent, Actor][] = [
      ['submit', partyOffice],
      ['return', secretary],
      ['submit', partyOffice],
      ['approve', secretary],
      ['announce', partyOffice],
      ['hold', partyOffice],
      ['conclude', secretary],
      ['close', partyOffice],
    ];
    const visited = path.reduce<PlanStatus[]>(
      (states, [event, actor]) => {
        const result = step(states.at(-1) ?? 'draft', event, actor);
        if (!result.ok) throw result.error;
        return [...states, result.value.state];
      },
      ['draft'],
    );
    expect(visited).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'approved',
      'announced',
      'held',
      'concluded',
      'closed',
    ]);
  });

  it('lets the commune chair approve and conclude a People’s Committee plan (seed 004)', () => {
    expect(step('submitted', 'approve', chair, {}, sonTayHa).ok).toBe(true);
    expect(step('held', 'conclude', chair, {}, sonTayHa).ok).toBe(true);
  });

  it('postpones with a reason and reschedules back to approved, to be announced again', () => {
    expect(step('announced', 'postpone', secretary).ok && 'postponed').toBe('postponed');
    const rescheduled = step('postponed', 'reschedule', secretary);
    expect(rescheduled.ok && rescheduled.value.state).toBe('approved');
  });

  it('cancels with a reason from every state before the dialogue is held', () => {
    for (const state of [
      'draft',
      'submitted',
      'returned',
      'approved',
      'announced',
      'postponed',
    ] as const) {
      expect(step(state, 'cancel', secretary).ok).toBe(true);
    }
  });
});

describe('the plan workflow refuses', () => {
  it('to submit an incomplete plan, listing what is missing (PLAN_INCOMPLETE)', () => {
    const missingFields = [
      { field: 'legalBases', label: 'Căn cứ ban hành' },
      { field: 'venue', label: 'Địa điểm' },
    ] as const;
    const error = expectRefused(
      step('draft', 'submit', partyOffice, { missingFields }),
      'PLAN_INCOMPLETE',
      'draft',
    );
    expect(error.message).toContain('còn thiếu: Căn cứ ban hành, Địa điểm');
    expect(error.details).toMatchObject({ missingFields: ['legalBases', 'venue'] });
  });

  it('to submit when the payload does not say what was checked', () => {
    expectRefused(
      step('returned', 'submit', partyOffice, { missingFields: 'none' as never }),
      'PLAN_INCOMPLETE',
      'returned',
    );
  });

  it('to approve a draft (TRANSITION_NOT_ALLOWED), with the state in Vietnamese', () => {
    const error = expectRefused(
      step('draft', 'approve', secretary),
      'TRANSITION_NOT_ALLOWED',
      'draft',
    );
    expect(error.message).toBe('Không thể phê duyệt khi kế hoạch đang ở trạng thái "Dự thảo".');
  });

  it('to return a plan without a comment (COMMENT_REQUIRED)', () => {
    expectRefused(
      step('submitted', 'return', secretary, { comment: ' ' }),
      'COMMENT_REQUIRED',
      'submitted',
    );
  });

  it('to approve without the number or without a valid signer', () => {
    expectRefused(
      step('submitted', 'approve', secretary, { documentNumber: 0 }),
      'PLAN_NUMBER_REQUIRED',
      'submitted',
    );
    expectRefused(
      step('submitted', 'approve', secretary, { signer: { name: '' } as never }),
      'SIGNER_REQUIRED',
      'submitted',
    );
  });

  it('the approver of the other issuer: the chair does not approve a Party plan, nor the secretary a government one', () => {
    expectRefused(step('submitted', 'approve', chair), 'ROLE_NOT_ALLOWED', 'submitted');
    expectRefused(
      step('submitted', 'approve', secretary, {}, sonTayHa),
      'ROLE_NOT_ALLOWED',
      'submitted',
    );
  });

  it('a department, which never approves or returns a plan', () => {
    for (const scope of [choMoi, sonTayHa]) {
      for (const event of ['approve', 'return', 'conclude'] as const) {
        expectRefused(
          step('submitted', event, { role: 'department' }, {}, scope),
          'ROLE_NOT_ALLOWED',
          'submitted',
        );
      }
    }
  });

  it('everybody when the issuer is unknown: no approver is guessed', () => {
    const unknown = { issuerKind: 'village' } as never;
    expectRefused(
      step('submitted', 'approve', secretary, {}, unknown),
      'ROLE_NOT_ALLOWED',
      'submitted',
    );
  });

  it('to announce a plan that only has a window, like Vĩnh Bảo’s "Quý III" (DIALOGUE_DATE_REQUIRED)', () => {
    expectRefused(
      step('approved', 'announce', partyOffice, { dialogueDate: null }),
      'DIALOGUE_DATE_REQUIRED',
      'approved',
    );
    expectRefused(
      step('approved', 'announce', partyOffice, { dialogueDate: '2025-02-30' }),
      'DIALOGUE_DATE_REQUIRED',
      'approved',
    );
  });

  it('to postpone, reschedule or cancel without a reason (REASON_REQUIRED)', () => {
    expectRefused(
      step('announced', 'postpone', secretary, { reason: '' }),
      'REASON_REQUIRED',
      'announced',
    );
    expectRefused(
      step('postponed', 'reschedule', secretary, { reason: '' }),
      'REASON_REQUIRED',
      'postponed',
    );
    expectRefused(
      step('approved', 'cancel', secretary, { reason: undefined as never }),
      'REASON_REQUIRED',
      'approved',
    );
  });

  it('to reschedule without a new date', () => {
    expectRefused(
      step('postponed', 'reschedule', secretary, { newDialogueDate: '10/12/2025' }),
      'DIALOGUE_DATE_REQUIRED',
      'postponed',
    );
  });

  it('to hold a dialogue that was never announced', () => {
    expectRefused(step('approved', 'hold', partyOffice), 'TRANSITION_NOT_ALLOWED', 'approved');
  });

  it('to let an office or the other leader conclude: the chair of the dialogue concludes', () => {
    expectRefused(step('held', 'conclude', partyOffice), 'ROLE_NOT_ALLOWED', 'held');
    expectRefused(step('held', 'conclude', chair), 'ROLE_NOT_ALLOWED', 'held');
  });

  it('to close while petitions are neither settled nor carried over (PETITIONS_STILL_OPEN)', () => {
    const error = expectRefused(
      step('concluded', 'close', partyOffice, { openPetitionCount: 3 }),
      'PETITIONS_STILL_OPEN',
      'concluded',
    );
    expect(error.message).toContain('Còn 3 kiến nghị');
  });

  it('to cancel a dialogue already held', () => {
    expectRefused(step('held', 'cancel', secretary), 'TRANSITION_NOT_ALLOWED', 'held');
  });

  it('the Front on every event in every state: it supervises, it never changes a plan', () => {
    for (const state of PLAN_STATUSES) {
      for (const event of PLAN_EVENTS) {
        for (const role of FRONT_ROLES) {
          const error = expectRefused(step(state, event, { role }), 'ROLE_NOT_ALLOWED', state);
          expect(error.message).toContain('Ủy ban MTTQ');
        }
      }
    }
  });

  it('every event in the final states closed and cancelled (no exits from final states)', () => {
    expect(PLAN_MACHINE.exitsFromFinal).toEqual([]);
    for (const state of ['closed', 'cancelled'] as const) {
      for (const event of PLAN_EVENTS)
        for (const role of ROLES) expect(step(state, event, { role }).ok).toBe(false);
    }
  });
});

describe('availablePlanEvents', () => {
  it('shows each role its buttons', () => {
    expect(availablePlanEvents('draft', 'party-office', choMoi)).toEqual(['submit']);
    expect(availablePlanEvents('submitted', 'party-secretary', choMoi)).toEqual([
      'return',
      'approve',
      'cancel',
    ]);
    expect(availablePlanEvents('submitted', 'commune-chair', choMoi)).toEqual([]);
    expect(availablePlanEvents('concluded', 'government-office', sonTayHa)).toEqual(['close']);
    for (const state of PLAN_STATUSES)
      for (const role of FRONT_ROLES) expect(availablePlanEvents(state, role, choMoi)).toEqual([]);
  });
});

describe('the plan workflow as a property', () => {
  const event = fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...PLAN_EVENTS) },
    { weight: 1, arbitrary: fc.constant('explode' as PlanEvent) },
  );
  // Weighted towards the roles that act on plans, so walks get deep; every role still appears.
  const role = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom<Role>(
        'party-office',
        'party-secretary',
        'government-office',
        'commune-chair',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom<Role>(...ROLES) },
  );
  const scope = fc.oneof(
    {
      weight: 9,
      arbitrary: fc.constantFrom(...ISSUER_KINDS).map((issuerKind) => ({ issuerKind })),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
  const payload = fc.oneof(
    { weight: 9, arbitrary: fc.constant('valid' as const) },
    { weight: 1, arbitrary: fc.anything() },
  );

  it('either enters a declared target of the event or returns a catalogued DomainError; it never throws', () => {
    const reached = new Set<PlanStatus>();
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN_STATUSES),
        fc.array(fc.tuple(event, role, payload, scope, fc.nat()), { maxLength: 60 }),
        (start, steps) => {
          let state: PlanStatus = start;
          for (const [blind, who, data, where, steer] of steps) {
            // Two steps in three are steered to an event this role may fire here, so walks get
            // deep; the rest stay blind, so refusals are exercised too.
            const offered = planMachine.availableEvents(state, who, where as never);
            const name =
              steer % 3 !== 0 && offered.length > 0
                ? (offered[Math.floor(steer / 3) % offered.length] ?? blind)
                : blind;
            const context =
              data === 'valid' && Object.hasOwn(VALID, name)
                ? { ...VALID[name], ...(where as object) }
                : data;
            const result = planMachine.transition(state, name, { role: who }, context as never);
            if (result.ok) {
              expect(PLAN_MACHINE.events[name].from).toContain(state);
              expect(planMachine.targets(name)).toContain(result.value.state);
              state = result.value.state;
              reached.add(state);
            } else {
              expect(result.error).toBeInstanceOf(DomainError);
              expect(isErrorCode(result.error.code)).toBe(true);
              if (result.error.code !== 'UNKNOWN_EVENT')
                expect(result.error.message).toContain(PLAN_STATUS_LABELS[state]);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
    // The walk is only meaningful if it got deep: every state was entered at least once.
    expect([...reached].sort()).toEqual(PLAN_STATUSES.filter((s) => s !== 'draft').sort());
  });
});
