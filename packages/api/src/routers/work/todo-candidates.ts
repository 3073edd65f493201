import {
  findPlanById,
  listFindings,
  listFollowUpPlans,
  listPetitions,
  listPlans,
  type PetitionRecord,
  type PlanSummary,
} from '@doithoai/db';
import {
  availablePetitionEvents,
  availablePlanEvents,
  computePlanSchedule,
  deadlineState,
  isPlanAfterDialogue,
  withPlanDeadlineStates,
  type TodoCandidate,
  type TodoKind,
  type WorkingCalendar,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { loadTrackedItems, trackedItemDeadline } from '../follow-up/tracked-items.js';
import { recordedEvents, scheduleInputOf } from '../plans/plans-view.js';
import { resolveTarget } from '../supervision/supervision-target.js';

/** How many records of one kind a home page lists (the app's own pages list the rest). */
const LIMIT = 50;
const petitionLink = (id: string) => `/chair/petitions/${encodeURIComponent(id)}`;
const short = (text: string) => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= 90 ? flat : `${flat.slice(0, 89)}…`;
};

interface Load {
  ctx: Context;
  user: SessionUser;
  calendar: WorkingCalendar;
  plans: () => Promise<Map<string, PlanSummary>>;
}

/**
 * Plans this role approves (the plan machine: a Party plan the secretary, a People's Committee
 * one the chair), due by the plan's own public-notice date — the plan must be approved before
 * the dialogue is announced (the schedule's `public-notice` rule).
 */
async function plansToApprove({ ctx, user, calendar }: Load): Promise<TodoCandidate[]> {
  const submitted = await listPlans(ctx.db, {
    adminUnitCodes: [user.adminUnitCode],
    statuses: ['submitted'],
    limit: LIMIT,
  });
  const out: TodoCandidate[] = [];
  for (const summary of submitted) {
    const scope = { issuerKind: summary.issuerKind };
    if (!availablePlanEvents('submitted', user.role, scope).includes('approve')) continue;
    const record = await findPlanById(ctx.db, summary.id);
    if (!record) continue;
    const notice = withPlanDeadlineStates(
      calendar,
      computePlanSchedule(calendar, scheduleInputOf(record)),
      recordedEvents(record),
      ctx.today,
    ).find((entry) => entry.ruleId === 'public-notice');
    const app = summary.issuerKind === 'party-committee' ? '/party' : '/chair';
    out.push({
      kind: 'plan-to-approve',
      id: summary.id,
      title: summary.title,
      detail: 'Hạn: thông báo công khai kế hoạch',
      link: `${app}/plans/${encodeURIComponent(summary.id)}`,
      deadline: notice?.deadline ?? null,
    });
  }
  return out;
}

/**
 * The Front's escalations to the secretary whose overdue work is still not done (seed 000 §IV.3):
 * an escalation leaves the list when the task or petition it named is met.
 */
async function frontEscalations({ ctx, user, calendar }: Load): Promise<TodoCandidate[]> {
  const findings = await listFindings(ctx.db, {
    adminUnitCodes: [user.adminUnitCode],
    kind: 'escalated-to-secretary',
  });
  const seen = new Set<string>();
  const out: TodoCandidate[] = [];
  for (const finding of findings) {
    if (finding.targetType === 'plan' || seen.has(finding.targetId)) continue;
    seen.add(finding.targetId);
    const target = await resolveTarget(
      ctx.db,
      calendar,
      finding.targetType === 'follow-up-task'
        ? { kind: 'task', taskId: finding.targetId }
        : { kind: 'petition', petitionId: finding.targetId },
      ctx.today,
    );
    if (!target.deadline) continue;
    out.push({
      kind: 'front-escalation',
      id: finding.id,
      title: `Mặt trận kiến nghị chỉ đạo ${target.subject}${finding.note ? `: ${short(finding.note)}` : ''}`,
      detail: null,
      link: '/party/findings',
      deadline: target.deadline,
    });
  }
  return out.slice(0, LIMIT);
}

/**
 * A petition's answer deadline: the written answer's date once the conference set one; before
 * it, the dialogue itself (the answer is read out there).
 */
function answerDeadline(
  calendar: WorkingCalendar,
  petition: PetitionRecord,
  plan: PlanSummary | undefined,
  today: string,
) {
  const due = petition.answerDueOn ?? plan?.dialogueDate ?? null;
  return due ? deadlineState(calendar, { dueDate: due }, today) : null;
}

/** Petitions in one state that this role may move on with `event` (the petition machine). */
async function petitionsFor(
  load: Load,
  kind: TodoKind,
  status: 'answer-drafted' | 'answer-approved',
  event: 'approve-answer' | 'record-written-answer',
  /** Only petitions whose dialogue was held: before it, an approved answer is read out there. */
  afterDialogue: boolean,
): Promise<TodoCandidate[]> {
  const { ctx, user, calendar } = load;
  const plans = await load.plans();
  const { petitions } = await listPetitions(ctx.db, {
    adminUnitCodes: [user.adminUnitCode],
    statuses: [status],
    limit: LIMIT,
  });
  return petitions
    .filter((p) => {
      const plan = plans.get(p.planId);
      return (
        plan !== undefined &&
        (!afterDialogue || isPlanAfterDialogue(plan.status)) &&
        availablePetitionEvents(p.status, user.role, { issuerKind: plan.issuerKind }).includes(
          event,
        )
      );
    })
    .map((p) => ({
      kind,
      id: p.id,
      title: `Kiến nghị ${p.trackingCode}: ${short(p.content)}`,
      detail: plans.get(p.planId)?.title ?? null,
      link: petitionLink(p.id),
      deadline: answerDeadline(calendar, p, plans.get(p.planId), ctx.today),
    }));
}

/**
 * A body's work: petitions assigned to it still waiting for its draft (due by the dialogue), and
 * everything still owed after the dialogues that names it — tasks and written answers — with the
 * deadline engine's state (the same list as the deadline board and the daily digest).
 */
async function bodyWork(load: Load): Promise<TodoCandidate[]> {
  const { ctx, user, calendar } = load;
  const body = user.organisationId;
  if (!body) return [];
  const plans = await load.plans();
  const { petitions } = await listPetitions(ctx.db, {
    adminUnitCodes: [user.adminUnitCode],
    statuses: ['assigned'],
    assignedOrganisationId: body,
    limit: LIMIT,
  });
  const out: TodoCandidate[] = petitions.map((p) => ({
    kind: 'petition-due',
    id: p.id,
    title: `Kiến nghị ${p.trackingCode}: ${short(p.content)}`,
    detail: 'Dự thảo nội dung trả lời',
    link: petitionLink(p.id),
    deadline: answerDeadline(calendar, p, plans.get(p.planId), ctx.today),
  }));
  const followUpPlans = await listFollowUpPlans(ctx.db, { adminUnitCodes: [user.adminUnitCode] });
  for (const item of await loadTrackedItems(ctx.db, calendar, followUpPlans)) {
    if (item.responsibleOrganisation?.id !== body) continue;
    const deadline = trackedItemDeadline(calendar, item, ctx.today);
    if (!deadline) continue;
    out.push({
      kind: 'petition-due',
      id: item.taskId ?? item.petitionId ?? item.content,
      title: `${item.taskId ? 'Nhiệm vụ' : 'Kiến nghị'}: ${short(item.content)}`,
      detail: item.statusLabel,
      link: item.taskId
        ? `/chair/follow-up/tasks/${encodeURIComponent(item.taskId)}`
        : petitionLink(item.petitionId ?? ''),
      deadline,
    });
  }
  return out;
}

const LOADERS: Record<TodoKind, (load: Load) => Promise<TodoCandidate[]>> = {
  'plan-to-approve': plansToApprove,
  'front-escalation': frontEscalations,
  'draft-to-approve': (load) =>
    petitionsFor(load, 'draft-to-approve', 'answer-drafted', 'approve-answer', false),
  'petition-due': bodyWork,
  // An answer approved before the conference is read out there; after it, one is "sent".
  'answer-to-send': (load) =>
    petitionsFor(load, 'answer-to-send', 'answer-approved', 'record-written-answer', true),
};

/**
 * The candidates of the kinds a role sees, found in the caller's commune.
 *
 * @example await todoCandidates(ctx, ctx.user, ['draft-to-approve'])
 */
export async function todoCandidates(
  ctx: Context,
  user: SessionUser,
  kinds: readonly TodoKind[],
): Promise<TodoCandidate[]> {
  if (kinds.length === 0) return [];
  const calendar = await ctx.calendar();
  let plans: Promise<Map<string, PlanSummary>> | null = null;
  const load: Load = {
    ctx,
    user,
    calendar,
    plans: () =>
      (plans ??= listPlans(ctx.db, { adminUnitCodes: [user.adminUnitCode] }).then(
        (rows) => new Map(rows.map((p) => [p.id, p])),
      )),
  };
  const lists = await Promise.all(kinds.map((kind) => LOADERS[kind](load)));
  return lists.flat();
}
