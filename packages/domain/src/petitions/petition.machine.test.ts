import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRONT_ROLES, ROLES, type Role } from '../accounts/role.schema.js';
import { DomainError, type Result } from '../errors/domain-error.js';
import { isErrorCode } from '../errors/error-codes.js';
import { ISSUER_KINDS } from '../plans/plan-document.schema.js';
import type { Actor } from '../workflow/machine.js';
import {
  countPetitionsKeepingPlanOpen,
  PETITION_EVENTS,
  type PetitionEvent,
  type PetitionPayloads,
  type PetitionScope,
} from './petition.machine.rules.js';
import {
  availablePetitionEvents,
  PETITION_MACHINE,
  petitionMachine,
  transitionPetition,
} from './petition.machine.js';
import {
  PETITION_STATUS_LABELS,
  PETITION_STATUSES,
  type PetitionStatus,
} from './petition.status.js';

// Seed 000: the Chợ Mới dialogue is Party-led; seed 004 (Sơn Tây Hạ) is led by the commune chair.
const choMoi: PetitionScope = { issuerKind: 'party-committee' };
const sonTayHa: PetitionScope = { issuerKind: 'peoples-committee' };
const partyOffice: Actor = { role: 'party-office' };
const govOffice: Actor = { role: 'government-office' };
const secretary: Actor = { role: 'party-secretary' };
const chair: Actor = { role: 'commune-chair' };
const landDept: Actor = { role: 'department', organisationId: 'phong-kinh-te' };
const citizen: Actor = { role: 'citizen' };

/** A valid payload per event: a land-use question assigned to Phòng Kinh tế (seed 004). */
const VALID: { [E in PetitionEvent]: PetitionPayloads[E] } = {
  triage: {
    field: 'land-environment',
    competence: 'commune',
    urgency: 'normal',
    complexity: 'standard',
  },
  assign: { assignedOrganisationId: 'phong-kinh-te', competence: 'commune' },
  'draft-answer': {
    assignedOrganisationId: 'phong-kinh-te',
    answer: 'Thửa đất thuộc quy hoạch đất ở; hồ sơ cấp giấy chứng nhận đang được thẩm định.',
  },
  'approve-answer': {},
  'send-back-answer': { comment: 'Bổ sung căn cứ pháp lý.' },
  'record-outcome': {
    outcome: 'answered-at-conference',
    competence: 'commune',
    planStatus: 'announced',
  },
  forward: { competence: 'upper-level', referredTo: 'UBND tỉnh Thái Nguyên' },
  guide: { competence: 'other-body', referredTo: 'Chi nhánh Văn phòng đăng ký đất đai' },
  'record-written-answer': {
    answerDocument: '215/UBND-VP ngày 05/01/2026',
    assignedOrganisationId: 'phong-kinh-te',
  },
  'citizen-response': { response: 'accepted' },
  'carry-over': { reason: 'Chờ tỉnh điều chỉnh quy hoạch.', nextPlanId: 'plan-2026' },
  withdraw: { reason: 'Gia đình đã tự thỏa thuận được.' },
};
const step = <E extends PetitionEvent>(
  state: PetitionStatus,
  event: E,
  actor: Actor,
  extra: Partial<PetitionPayloads[E]> = {},
  scope = choMoi,
) => transitionPetition(state, event, actor, { ...scope, ...VALID[event], ...extra });

function walk(
  start: PetitionStatus,
  steps: [PetitionEvent, Actor, object?][],
  scope = choMoi,
): PetitionStatus[] {
  return steps.reduce<PetitionStatus[]>(
    (states, [event, actor, extra]) => {
      const result = step(states.at(-1) ?? start, event, actor, extra, scope);
      if (!result.ok) throw result.error;
      return [...states, result.value.state];
    },
    [start],
  );
}

function expectRefused(result: Result<unknown>, code: string, state: PetitionStatus): DomainError {
  if (result.ok) throw new Error(`expected ${code}, got success`);
  expect(result.error.code).toBe(code);
  expect(result.error.message).toContain(`"${PETITION_STATUS_LABELS[state]}"`);
  return result.error;
}

describe('the petition workflow', () => {
  it('answers a registered question at the conference and the citizen accepts it (seed 000)', () => {
    expect(
      walk('received', [
        ['triage', partyOffice],
        ['assign', secretary],
        ['draft-answer', landDept],
        ['approve-answer', secretary],
        ['record-outcome', partyOffice],
        ['citizen-response', citizen],
      ]),
    ).toEqual([
      'received',
      'triaged',
      'assigned',
      'answer-drafted',
      'answer-approved',
      'answered-at-conference',
      'settled',
    ]);
  });

  it('answers in writing after the conference, is not settled, and carries over to the next dialogue (seed 002 §4.3)', () => {
    const inWriting = { conferenceOutcome: 'answer-in-writing' } as const;
    expect(
      walk(
        'assigned',
        [
          ['record-outcome', govOffice, { outcome: 'answer-in-writing', planStatus: 'held' }],
          ['draft-answer', landDept],
          ['send-back-answer', chair, inWriting],
          ['draft-answer', landDept],
          ['approve-answer', chair],
          ['record-written-answer', landDept],
          [
            'citizen-response',
            govOffice,
            {
              response: 'not-settled',
              onBehalfNote: 'Công dân trả lời qua điện thoại ngày 12/01/2026.',
            },
          ],
          ['carry-over', govOffice],
          ['triage', govOffice],
        ],
        sonTayHa,
      ),
    ).toEqual([
      'assigned',
      'awaiting-written-answer',
      'answer-drafted',
      'awaiting-written-answer',
      'answer-drafted',
      'answer-approved',
      'answered',
      'not-settled',
      'carried-over',
      'triaged',
    ]);
  });

  it('takes a petition raised from the floor: received, triaged and forwarded upward in the same session', () => {
    const upward = { competence: 'upper-level' } as const;
    expect(
      walk('received', [
        ['triage', partyOffice, upward],
        ['record-outcome', partyOffice, { ...upward, outcome: 'forwarded-upward' }],
        ['record-written-answer', partyOffice],
      ]),
    ).toEqual(['received', 'triaged', 'forwarded', 'answered']);
  });

  it('guides a citizen to another body (seed 004 §II.3) and records the citizen’s agreement', () => {
    expect(
      walk(
        'triaged',
        [
          ['guide', govOffice],
          ['citizen-response', citizen],
        ],
        sonTayHa,
      ),
    ).toEqual(['triaged', 'guided', 'settled']);
  });

  it('sends a draft back to the assigned body before the conference', () => {
    expect(walk('answer-drafted', [['send-back-answer', secretary]])).toEqual([
      'answer-drafted',
      'assigned',
    ]);
  });

  it('lets the office approve answers only when the chair delegated it', () => {
    expectRefused(
      step('answer-drafted', 'approve-answer', govOffice, {}, sonTayHa),
      'ROLE_NOT_ALLOWED',
      'answer-drafted',
    );
    expect(
      step(
        'answer-drafted',
        'approve-answer',
        govOffice,
        {},
        { ...sonTayHa, officeMayApproveAnswers: true },
      ).ok,
    ).toBe(true);
    expect(
      step(
        'answer-drafted',
        'approve-answer',
        partyOffice,
        {},
        { ...choMoi, officeMayApproveAnswers: true },
      ).ok,
    ).toBe(true);
  });

  it('lets the citizen, or an office with a note, withdraw at any open stage', () => {
    expect(step('received', 'withdraw', citizen).ok).toBe(true);
    expect(
      step('not-settled', 'withdraw', govOffice, { onBehalfNote: 'Đơn rút ngày 20/12/2025.' }).ok,
    ).toBe(true);
    expectRefused(step('assigned', 'withdraw', govOffice), 'ON_BEHALF_NOTE_REQUIRED', 'assigned');
  });
});

describe('the petition workflow refuses', () => {
  it('an incomplete triage, naming the missing parts (TRIAGE_INCOMPLETE)', () => {
    const error = expectRefused(
      step('received', 'triage', partyOffice, {
        urgency: undefined as never,
        complexity: 'hard' as never,
      }),
      'TRIAGE_INCOMPLETE',
      'received',
    );
    expect(error.message).toContain('thiếu: mức độ cấp thiết, mức độ phức tạp');
  });

  it('to assign without a body, or a petition beyond the commune’s authority', () => {
    expectRefused(
      step('triaged', 'assign', chair, { assignedOrganisationId: '' }),
      'ASSIGNEE_REQUIRED',
      'triaged',
    );
    const error = expectRefused(
      step('triaged', 'assign', chair, { competence: 'upper-level' }),
      'COMPETENCE_MISMATCH',
      'triaged',
    );
    expect(error.message).toContain('"Vượt thẩm quyền, báo cáo cấp trên"');
  });

  it('a department that is not the assigned one, or an empty draft', () => {
    expectRefused(
      step('assigned', 'draft-answer', { role: 'department', organisationId: 'cong-an-xa' }),
      'NOT_ASSIGNED_BODY',
      'assigned',
    );
    expectRefused(
      step('assigned', 'draft-answer', { role: 'department' }),
      'NOT_ASSIGNED_BODY',
      'assigned',
    );
    expectRefused(
      step('assigned', 'draft-answer', landDept, { answer: '' }),
      'ANSWER_REQUIRED',
      'assigned',
    );
  });

  it('the Party secretary approving answers of a government-led dialogue', () => {
    expectRefused(
      step('answer-drafted', 'approve-answer', secretary, {}, sonTayHa),
      'ROLE_NOT_ALLOWED',
      'answer-drafted',
    );
  });

  it('to send a draft back without a comment', () => {
    expectRefused(
      step('answer-drafted', 'send-back-answer', chair, { comment: '' }),
      'COMMENT_REQUIRED',
      'answer-drafted',
    );
  });

  it('to record an outcome outside the conference, twice, unknown, or against the competence', () => {
    const error = expectRefused(
      step('triaged', 'record-outcome', partyOffice, { planStatus: 'approved' }),
      'CONFERENCE_NOT_IN_SESSION',
      'triaged',
    );
    expect(error.message).toContain('"Đã phê duyệt"');
    expectRefused(
      step('answer-approved', 'record-outcome', partyOffice, {
        conferenceOutcome: 'answer-in-writing',
      }),
      'OUTCOME_ALREADY_RECORDED',
      'answer-approved',
    );
    expectRefused(
      step('triaged', 'record-outcome', partyOffice, { outcome: 'ignored' as never }),
      'OUTCOME_INVALID',
      'triaged',
    );
    expectRefused(
      step('triaged', 'record-outcome', partyOffice, { outcome: 'guided-to-other-body' }),
      'COMPETENCE_MISMATCH',
      'triaged',
    );
  });

  it('to forward or guide against the competence, or without saying to whom', () => {
    expectRefused(
      step('triaged', 'forward', partyOffice, { competence: 'commune' }),
      'COMPETENCE_MISMATCH',
      'triaged',
    );
    expectRefused(
      step('triaged', 'guide', partyOffice, { competence: 'upper-level' }),
      'COMPETENCE_MISMATCH',
      'triaged',
    );
    expectRefused(
      step('triaged', 'forward', partyOffice, { referredTo: ' ' }),
      'RECIPIENT_REQUIRED',
      'triaged',
    );
  });

  it('to record a written answer without the document', () => {
    expectRefused(
      step('answer-approved', 'record-written-answer', govOffice, { answerDocument: '' }),
      'ANSWER_REQUIRED',
      'answer-approved',
    );
  });

  it('a citizen response that is neither agreement nor disagreement', () => {
    expectRefused(
      step('answered', 'citizen-response', citizen, { response: 'maybe' as never }),
      'OUTCOME_INVALID',
      'answered',
    );
  });

  it('to carry over without a reason or the next plan, or what is already settled', () => {
    expectRefused(
      step('not-settled', 'carry-over', govOffice, { reason: '' }),
      'REASON_REQUIRED',
      'not-settled',
    );
    expectRefused(
      step('not-settled', 'carry-over', govOffice, { nextPlanId: '' }),
      'NEXT_PLAN_REQUIRED',
      'not-settled',
    );
    expectRefused(step('settled', 'carry-over', govOffice), 'TRANSITION_NOT_ALLOWED', 'settled');
  });

  it('the Front on every event in every state: it records findings elsewhere, it never changes a petition', () => {
    for (const scope of [choMoi, { ...sonTayHa, officeMayApproveAnswers: true }]) {
      for (const state of PETITION_STATUSES) {
        for (const event of PETITION_EVENTS)
          for (const role of FRONT_ROLES)
            expectRefused(step(state, event, { role }, {}, scope), 'ROLE_NOT_ALLOWED', state);
      }
    }
  });

  it('every event in the final states settled and withdrawn (no exits from final states)', () => {
    expect(PETITION_MACHINE.exitsFromFinal).toEqual([]);
    for (const state of ['settled', 'withdrawn'] as const) {
      for (const event of PETITION_EVENTS)
        for (const role of ROLES)
          expect(step(state, event, { role, organisationId: 'phong-kinh-te' }).ok).toBe(false);
    }
  });
});

describe('availablePetitionEvents and the plan’s closing count', () => {
  it('shows each role its buttons', () => {
    expect(availablePetitionEvents('answer-drafted', 'commune-chair', sonTayHa)).toEqual([
      'approve-answer',
      'send-back-answer',
      'record-outcome',
    ]);
    expect(availablePetitionEvents('assigned', 'department', sonTayHa)).toEqual(['draft-answer']);
    expect(availablePetitionEvents('answered', 'citizen', sonTayHa)).toEqual([
      'citizen-response',
      'withdraw',
    ]);
    for (const state of PETITION_STATUSES)
      for (const role of FRONT_ROLES)
        expect(availablePetitionEvents(state, role, choMoi)).toEqual([]);
  });

  it('counts what keeps a plan open: owed answers and unsettled petitions not carried over', () => {
    expect(
      countPetitionsKeepingPlanOpen([
        'settled',
        'not-settled',
        'carried-over',
        'awaiting-written-answer',
        'forwarded',
      ]),
    ).toBe(2);
  });
});

describe('the petition workflow as a property', () => {
  const event = fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...PETITION_EVENTS) },
    { weight: 1, arbitrary: fc.constant('shred' as PetitionEvent) },
  );
  const role = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom<Role>(
        'party-office',
        'government-office',
        'commune-chair',
        'party-secretary',
        'department',
        'citizen',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom<Role>(...ROLES) },
  );
  // Mostly the assigned department, so drafting happens; other bodies and none still appear.
  const organisationId = fc.oneof(
    { weight: 3, arbitrary: fc.constant('phong-kinh-te') },
    { weight: 1, arbitrary: fc.constantFrom('cong-an-xa', undefined) },
  );
  const scope = fc.oneof(
    {
      weight: 9,
      arbitrary: fc.record({
        issuerKind: fc.constantFrom(...ISSUER_KINDS),
        officeMayApproveAnswers: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
  const payload = fc.oneof(
    { weight: 9, arbitrary: fc.constant('valid' as const) },
    { weight: 1, arbitrary: fc.anything() },
  );
  // Variations of a valid payload, so walks reach every outcome and both citizen responses.
  const tweak = fc.constantFrom<object>(
    {},
    { outcome: 'answer-in-writing' },
    { outcome: 'forwarded-upward', competence: 'upper-level' },
    { outcome: 'guided-to-other-body', competence: 'other-body' },
    { response: 'not-settled' },
  );

  it('either enters a declared target of the event or returns a catalogued DomainError; it never throws', () => {
    const reached = new Set<PetitionStatus>();
    fc.assert(
      fc.property(
        fc.constantFrom(...PETITION_STATUSES),
        fc.array(fc.tuple(event, role, organisationId, payload, scope, tweak, fc.nat()), {
          maxLength: 60,
        }),
        (start, steps) => {
          let state: PetitionStatus = start;
          for (const [blind, who, org, data, where, variation, steer] of steps) {
            // Two steps in three are steered to an event this role may fire here, so walks get
            // deep; the rest stay blind, so refusals are exercised too.
            const offered = petitionMachine.availableEvents(state, who, where as never);
            const name =
              steer % 3 !== 0 && offered.length > 0
                ? (offered[Math.floor(steer / 3) % offered.length] ?? blind)
                : blind;
            const context =
              data === 'valid' && Object.hasOwn(VALID, name)
                ? { ...VALID[name], ...variation, ...(where as object) }
                : data;
            const result = petitionMachine.transition(
              state,
              name,
              { role: who, organisationId: org },
              context as never,
            );
            if (result.ok) {
              expect(PETITION_MACHINE.events[name].from).toContain(state);
              expect(petitionMachine.targets(name)).toContain(result.value.state);
              state = result.value.state;
              reached.add(state);
            } else {
              expect(result.error).toBeInstanceOf(DomainError);
              expect(isErrorCode(result.error.code)).toBe(true);
              if (result.error.code !== 'UNKNOWN_EVENT')
                expect(result.error.message).toContain(PETITION_STATUS_LABELS[state]);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
    expect([...reached].sort()).toEqual(PETITION_STATUSES.filter((s) => s !== 'received').sort());
  });
});
