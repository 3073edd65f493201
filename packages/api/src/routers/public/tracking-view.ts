import {
  listApprovedAnswers,
  listCitizenResponses,
  listPlanPetitionerData,
  type PetitionRecord,
  type PlanRecord,
} from '@doithoai/db';
import {
  availablePetitionEvents,
  CITIZEN_RESPONSE_LABELS,
  DEADLINE_STATE_LABELS,
  deadlineState,
  PETITION_CHANNEL_LABELS,
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  PETITION_OUTCOME_KIND_LABELS,
  PETITION_STATUS_LABELS,
  createRedactor,
  type KnownPersonalData,
  type PetitionField,
  type PetitionOutcomeKind,
  type PetitionStatus,
  type RuleId,
  CONSENT_PURPOSE_LABELS,
  CONSENTS_WITHDRAWABLE_ONLINE,
  hasActiveConsent,
  PLAN_RULES_MET_BY,
  withPlanDeadlineStates,
} from '@doithoai/domain';
import type { Context } from '../../context.js';
import { publicDeadline, scheduleOf } from './dialogue-view.js';

/** States in which the answer (at the conference, in writing, or the referral) is told. */
export const ANSWER_TOLD: ReadonlySet<PetitionStatus> = new Set([
  'answered-at-conference',
  'answered',
  'guided',
  'forwarded',
  'settled',
  'not-settled',
  'carried-over',
]);

/** The deadlines a citizen's petition lives by, in the order they come. */
const CITIZEN_RULES: readonly RuleId[] = [
  'registration-cutoff',
  'conclusion-notice',
  'results-publication',
];

/**
 * The personal data of every petitioner of the plan: what public text is redacted against,
 * so an answer never shows another citizen's (or this one's) name, phone or address.
 */
export async function knownDataOfPlan(ctx: Context, planId: string): Promise<KnownPersonalData> {
  const people = await listPlanPetitionerData(ctx.db, planId);
  return {
    names: people.map((p) => p.fullName),
    phones: people.map((p) => p.phone),
    addresses: people.map((p) => p.address),
    trackingCodes: people.map((p) => p.trackingCode),
  };
}

/**
 * What the holder of a tracking code sees, built from an allow-list: state, dates and rules,
 * their question and the answer (both redacted), their own responses — never a name, a phone
 * number, an address, an id of another record or a staff member's account.
 *
 * @example const view = await trackingView(ctx, row, record);
 */
export async function trackingView(ctx: Context, row: PetitionRecord, record: PlanRecord) {
  const calendar = await ctx.calendar();
  const known = await knownDataOfPlan(ctx, row.planId);
  const redact = createRedactor(known);
  const status = row.status;
  const schedule = scheduleOf(calendar, record);
  // Each date with its state today (issue 18): the cut-off is met by this registration, the
  // conclusion notice by its issue; a rule the plan cannot record as met keeps no state.
  const states = withPlanDeadlineStates(
    calendar,
    schedule,
    {
      noticeIssuedOn: record.recorded.noticeIssuedOn ?? undefined,
      conclusionIssuedOn: record.recorded.conclusionIssuedOn ?? undefined,
    },
    ctx.today,
  );
  const ruleDeadlines = CITIZEN_RULES.flatMap((id) => {
    const entry = states.find((e) => e.ruleId === id);
    if (!entry) return [];
    const known =
      id === 'registration-cutoff' && entry.dueDate
        ? deadlineState(calendar, { dueDate: entry.dueDate, metOn: row.receivedOn }, ctx.today)
        : id in PLAN_RULES_MET_BY
          ? entry.deadline
          : null;
    return [
      {
        ...publicDeadline(entry),
        state: known?.state ?? null,
        stateLabel: known ? DEADLINE_STATE_LABELS[known.state] : null,
      },
    ];
  });
  // The written answer: the petition's own date when it has one (state today, rule behind it),
  // else the rule that will apply if the conference decides to answer in writing.
  const writtenRules = schedule.filter(
    (e) => e.ruleId === 'written-answer' || e.ruleId === 'written-answer-complex',
  );
  const answerDeadline = row.answerDueOn
    ? (() => {
        const status = deadlineState(
          calendar,
          { dueDate: row.answerDueOn, metOn: row.answeredOn },
          ctx.today,
        );
        // The rule stored beside the date when the conference gave it.
        const rule = writtenRules.find((e) => e.ruleId === row.answerDueRule);
        return [
          {
            ruleId: rule?.ruleId ?? 'written-answer',
            label: 'Hạn trả lời bằng văn bản cho kiến nghị của bạn',
            dueDate: status.effectiveDueDate,
            source: rule?.source ?? 'Hạn do cơ quan giao xử lý ghi trên kiến nghị',
            explanation: rule?.explanation ?? '',
            state: status.state,
            stateLabel: DEADLINE_STATE_LABELS[status.state],
          },
        ];
      })()
    : writtenRules.map((e) => ({ ...publicDeadline(e), state: null, stateLabel: null }));

  const told = ANSWER_TOLD.has(status);
  const answers = told ? await listApprovedAnswers(ctx.db, [row.id]) : [];
  const answer = answers[0];
  const responses = await listCitizenResponses(ctx.db, row.id);
  const outcome = row.conferenceOutcome as PetitionOutcomeKind | null;
  return {
    trackingCode: row.trackingCode,
    version: Number(row.version),
    status,
    statusLabel: PETITION_STATUS_LABELS[status],
    kindLabel: row.kind ? PETITION_KIND_LABELS[row.kind] : null,
    fieldLabel: row.field ? PETITION_FIELD_LABELS[row.field as PetitionField] : null,
    channelLabel: PETITION_CHANNEL_LABELS[row.channel],
    content: redact(row.content),
    receivedOn: row.receivedOn,
    isLate: row.isLate,
    dialogue: {
      id: record.plan.id,
      title: record.plan.title,
      timing: record.plan.timing ?? null,
      heldOn: record.recorded.heldOn,
    },
    deadlines: [...ruleDeadlines, ...answerDeadline],
    answer: told
      ? {
          outcomeLabel: outcome ? PETITION_OUTCOME_KIND_LABELS[outcome] : null,
          content: answer ? redact(answer.content) : null,
          legalBasis: answer?.legalBasis ?? null,
          documentRef: answer?.documentRef ?? null,
          sentOn: answer?.sentOn ?? null,
          answeredOn: row.answeredOn,
          referredTo: row.referredTo,
        }
      : null,
    responses: responses.map((r) => ({
      response: r.response,
      label: CITIZEN_RESPONSE_LABELS[r.response],
      note: r.note ? redact(r.note) : null,
      recordedAt: r.recordedAt,
      byCitizenOnline: r.recordedBy === null,
    })),
    canRespond: availablePetitionEvents(status, 'citizen', {
      issuerKind: record.plan.issuer.kind,
    }).includes('citizen-response'),
    // Luật 91/2025/QH15: the citizen sees what they agreed to and may withdraw it here.
    consents: CONSENTS_WITHDRAWABLE_ONLINE.flatMap((purpose) => {
      const given = row.consents.filter((c) => c.purpose === purpose);
      if (given.length === 0) return [];
      const active = hasActiveConsent(row.consents, purpose, ctx.requestTime.toISOString());
      return [
        {
          purpose,
          label: CONSENT_PURPOSE_LABELS[purpose],
          active,
          withdrawnAt: active ? null : (given.at(-1)?.withdrawnAt ?? null),
        },
      ];
    }),
  };
}
export type TrackingView = Awaited<ReturnType<typeof trackingView>>;
