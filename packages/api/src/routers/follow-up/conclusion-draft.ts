import {
  findConclusionNotice,
  findFollowUpPlan,
  findOrganisationsOfUnit,
  listFollowUpPetitions,
  type FollowUpPetitionFacts,
} from '@doithoai/db';
import {
  computePlanSchedule,
  conclusionItemDeadline,
  DEADLINE_STATE_LABELS,
  deadlineState,
  PETITION_OUTCOME_KIND_LABELS,
  PetitionOutcomeKindSchema,
  type IssuerKind,
  type PetitionOutcomeKind,
  type WorkingCalendar,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { notFound } from '../../errors.js';
import { assertReadable } from '../../tenancy.js';
import { conclusionPermission } from './conclusion-permission.js';
import { scheduleInputOfFacts } from './follow-up-schedule.js';
import { noticeView } from './notice-view.js';

/** The symbol a notice of this issuer carries (the conventions `assertNoticeConventions` checks). */
const NOTICE_SYMBOL = {
  'party-committee': 'TB/ĐU',
  'district-party-committee': 'TB/HU',
  'peoples-committee': 'TB-UBND',
} as const satisfies Partial<Record<IssuerKind, string>>;

const noticeSymbol = (kind: IssuerKind): string =>
  (NOTICE_SYMBOL as Partial<Record<IssuerKind, string>>)[kind] ?? 'TB';

/** Outcomes the notice assigns as follow-up work: verified and answered in writing later. */
const ASSIGNED_OUTCOMES: readonly PetitionOutcomeKind[] = ['answer-in-writing'];

const outcomeOf = (p: FollowUpPetitionFacts): PetitionOutcomeKind | null => {
  const parsed = PetitionOutcomeKindSchema.safeParse(p.conferenceOutcome);
  return parsed.success ? parsed.data : null;
};

/** "Tại hội nghị, Nhân dân nêu 4 ý kiến: 1 đã trả lời tại hội nghị; 2 xác minh, trả lời …". */
function draftPosition(petitions: readonly FollowUpPetitionFacts[], issuerKind: IssuerKind) {
  const counts = new Map<PetitionOutcomeKind, number>();
  for (const p of petitions) {
    const outcome = outcomeOf(p);
    if (outcome) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [...counts].map(
    ([kind, n]) => `${n} ý kiến ${PETITION_OUTCOME_KIND_LABELS[kind].toLocaleLowerCase('vi')}`,
  );
  const who = issuerKind === 'peoples-committee' ? 'Ủy ban nhân dân xã' : 'Đảng ủy xã';
  return (
    `Tại hội nghị đối thoại, Nhân dân nêu ${total} ý kiến, kiến nghị${parts.length ? `: ${parts.join('; ')}` : ''}. ` +
    `${who} tiếp thu đầy đủ ý kiến của Nhân dân; giao các cơ quan, đơn vị xác minh, giải quyết và trả lời bằng văn bản đúng thời hạn, báo cáo kết quả về Văn phòng HĐND và UBND xã.`
  );
}

/** One drafted assignment per petition answered in writing later, with the rule's date. */
function draftItems(
  calendar: WorkingCalendar,
  plan: NonNullable<Awaited<ReturnType<typeof findFollowUpPlan>>>,
  heldOn: string | null,
  petitions: readonly FollowUpPetitionFacts[],
) {
  return petitions
    .filter((p) => {
      const outcome = outcomeOf(p);
      return outcome !== null && ASSIGNED_OUTCOMES.includes(outcome);
    })
    .map((p) => {
      const deadline = heldOn
        ? conclusionItemDeadline(calendar, {
            profileId: plan.regulationProfileId,
            dialogueDate: heldOn,
            overrides: plan.scheduleOverrides,
            relatedComplexities: [p.complexity],
            noticeReference: '',
          })
        : null;
      return {
        content: `Xác minh, trả lời bằng văn bản kiến nghị ${p.trackingCode}: ${p.content}`.slice(
          0,
          8000,
        ),
        responsibleOrganisation: p.assignedOrganisation,
        relatedPetitionIds: [p.id],
        petition: { id: p.id, trackingCode: p.trackingCode, complexity: p.complexity },
        /** The date the rule gives when the notice writes none (the server counts it again on issue). */
        ruleDueOn: deadline?.dueOn ?? null,
        ruleId: deadline?.ruleId ?? null,
        source: deadline?.source ?? null,
        explanation: deadline?.explanation ?? null,
      };
    });
}

/**
 * What the chair's conclusion screen needs (seed 004 §II.4): the notice if it is issued; else
 * a draft from the conference outcomes (the position, one assignment per petition to answer in
 * writing, each with the date its rule gives), the symbol of the issuer, and — either way — the
 * profile's `conclusion-notice` deadline with its clause and its state today, and whether this
 * user may issue it (the domain's refusal otherwise).
 *
 * @example await conclusionDraft(ctx, user, { planId })
 */
export async function conclusionDraft(ctx: Context, user: SessionUser, input: { planId: string }) {
  const plan = await findFollowUpPlan(ctx.db, input.planId);
  if (!plan) notFound('kế hoạch', input.planId);
  await assertReadable(ctx, user, plan.adminUnitCode, 'kế hoạch', plan.id);
  const calendar = await ctx.calendar();
  const heldOn = plan.heldOn ?? null;
  const entry = computePlanSchedule(calendar, scheduleInputOfFacts(plan)).find(
    (e) => e.ruleId === 'conclusion-notice',
  );
  const notice = await findConclusionNotice(ctx.db, plan.id);
  const petitions = await listFollowUpPetitions(ctx.db, [plan.id]);
  const organisations = notice
    ? await findOrganisationsOfUnit(
        ctx.db,
        plan.adminUnitCode,
        notice.content.items.map((i) => i.responsibleOrganisationId),
      )
    : [];
  const refusal = notice ? null : conclusionPermission(plan, user);
  const status = entry?.dueDate
    ? deadlineState(
        calendar,
        { dueDate: entry.dueDate, metOn: notice?.issuedOn ?? null },
        ctx.today,
      )
    : null;
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      issuerKind: plan.issuerKind,
      status: plan.status,
      version: plan.version,
      heldOn,
      regulationProfileId: plan.regulationProfileId,
    },
    deadline: entry
      ? {
          ruleId: entry.ruleId,
          label: entry.label,
          dueDate: entry.dueDate,
          source: entry.source,
          explanation: entry.explanation,
          state: status?.state ?? null,
          stateLabel: status ? DEADLINE_STATE_LABELS[status.state] : null,
        }
      : null,
    notice: notice ? noticeView(calendar, plan, notice, organisations) : null,
    mayIssue: !notice && refusal === null,
    refusal: refusal?.message ?? null,
    draft: {
      documentSymbol: noticeSymbol(plan.issuerKind),
      issuedOn: ctx.today,
      position: draftPosition(petitions, plan.issuerKind),
      items: draftItems(calendar, plan, heldOn, petitions),
    },
  };
}
