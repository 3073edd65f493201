import type { FollowUpTaskRecord } from '@doithoai/db';
import {
  DEADLINE_STATE_LABELS,
  deadlineState,
  FOLLOW_UP_STATUS_LABELS,
  type DeadlineStatus,
  type FollowUpStatus,
  type WorkingCalendar,
} from '@doithoai/domain';

/** A deadline state as the apps show it: the domain's status plus its Vietnamese label. */
export type DeadlineView = DeadlineStatus & { label: string };

/** @example deadlineView(deadlineState(calendar, { dueDate: '2026-01-09' }, today)).label // 'Sắp đến hạn' */
export function deadlineView(status: DeadlineStatus): DeadlineView {
  return { ...status, label: DEADLINE_STATE_LABELS[status.state] };
}

/**
 * Whether a task in this state is still measured against its due date: a cancelled task is not,
 * nor one carried over to the next dialogue (its history stays, the next plan tracks it).
 */
const TRACKED = {
  open: true,
  'in-progress': true,
  'reported-done': true,
  verified: true,
  'carried-over': false,
  cancelled: false,
} as const satisfies Record<FollowUpStatus, boolean>;

/** @example isTaskTracked('cancelled') // false */
export function isTaskTracked(status: FollowUpStatus): boolean {
  return TRACKED[status];
}

/**
 * The deadline state of a task today: due soon, overdue…, extended (the original date kept),
 * met on time or late from the day it was reported done.
 *
 * @example taskDeadline(calendar, task, '2026-01-05')?.state // 'due-soon'
 */
export function taskDeadline(
  calendar: WorkingCalendar,
  task: Pick<
    FollowUpTaskRecord,
    'status' | 'originalDueOn' | 'dueOn' | 'extensionCount' | 'doneOn'
  >,
  today: string,
): DeadlineStatus | null {
  if (!isTaskTracked(task.status)) return null;
  return deadlineState(
    calendar,
    {
      dueDate: task.originalDueOn,
      extension: task.extensionCount > 0 ? { newDueDate: task.dueOn } : null,
      metOn: task.doneOn,
    },
    today,
  );
}

/** A task as the API returns it. */
export function taskView(calendar: WorkingCalendar, task: FollowUpTaskRecord, today: string) {
  const deadline = taskDeadline(calendar, task, today);
  return {
    id: task.id,
    adminUnitCode: task.adminUnitCode,
    planId: task.planId,
    planTitle: task.planTitle,
    petitionId: task.petitionId,
    conclusionItemId: task.conclusionItemId,
    content: task.content,
    responsibleOrganisation: task.responsibleOrganisation,
    ruleId: task.ruleId,
    originalDueOn: task.originalDueOn,
    dueOn: task.dueOn,
    extended: task.extensionCount > 0,
    extensionCount: task.extensionCount,
    status: task.status,
    statusLabel: FOLLOW_UP_STATUS_LABELS[task.status],
    statusReason: task.statusReason,
    report: task.report,
    doneOn: task.doneOn,
    nextPlanId: task.nextPlanId,
    version: task.version,
    deadline: deadline ? deadlineView(deadline) : null,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
  };
}
export type TaskView = ReturnType<typeof taskView>;

/** What the audit row keeps of a task before and after a step. */
export function taskSnapshot(task: FollowUpTaskRecord) {
  return {
    status: task.status,
    version: task.version,
    dueOn: task.dueOn,
    originalDueOn: task.originalDueOn,
    doneOn: task.doneOn,
    report: task.report,
    statusReason: task.statusReason,
    nextPlanId: task.nextPlanId,
    responsibleOrganisationId: task.responsibleOrganisation.id,
  };
}
