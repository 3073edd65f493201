import { isPlanInSession, type PlanStatus } from '@doithoai/domain';

/** What the choice needs of a plan (`plans.list` rows fit). */
export interface DialogueOnList {
  id: string;
  status: PlanStatus;
  dialogueDate: string | null;
  windowFrom: string | null;
  windowTo: string | null;
}

const firstDay = (p: DialogueOnList) => p.dialogueDate ?? p.windowFrom ?? p.windowTo ?? '';
const lastDay = (p: DialogueOnList) => p.dialogueDate ?? p.windowTo ?? p.windowFrom ?? '';

/**
 * The dialogue the conference screen offers first on `today`: the one held today (or whose
 * window includes today), else the next one, else the latest past one. Only a convenience of the
 * screen: any plan of the list can be opened, and the server says whether its conference can run.
 *
 * @example suggestDialogue([{ id: 'p', status: 'announced', dialogueDate: '2025-12-10', windowFrom: null, windowTo: null }], '2025-12-10')?.id // 'p'
 */
export function suggestDialogue<T extends DialogueOnList>(plans: readonly T[], today: string) {
  const open = plans.filter((p) => isPlanInSession(p.status) && firstDay(p) !== '');
  const now = open.find((p) => firstDay(p) <= today && today <= lastDay(p));
  if (now) return now;
  const next = open
    .filter((p) => firstDay(p) > today)
    .sort((a, b) => firstDay(a).localeCompare(firstDay(b)))[0];
  return next ?? open.sort((a, b) => lastDay(b).localeCompare(lastDay(a)))[0];
}
