import { listFollowUpPlans } from '@doithoai/db';
import { buildDeadlineDigests, vietnamDateAt, type ReminderItem } from '@doithoai/domain';
import type { ApiDependencies } from '../context.js';
import { loadTrackedItems, trackedItemDeadline } from '../routers/follow-up/tracked-items.js';
import { notifyOfficials } from './enqueue.js';

/** How much of an item's text a digest line carries (the body reads the rest in its app). */
const LABEL_LENGTH = 90;

function shorten(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= LABEL_LENGTH ? flat : `${flat.slice(0, LABEL_LENGTH - 1)}…`;
}

/**
 * The day's reminders from the deadline engine (seed 000: "theo dõi, kiểm tra, đôn đốc"): for
 * every commune, every item still owed after its dialogues — conclusion tasks, petitions' tasks,
 * petitions owed a written answer — whose state today is due within 3 working days, due today,
 * overdue or long overdue, grouped by responsible body into ONE digest per body (the domain's
 * `buildDeadlineDigests`), written to the body's accounts. The digest's event id is the body and
 * the day, so running this again the same day (another process, a restart) writes nothing new.
 * Returns how many messages were written.
 *
 * @example await enqueueDeadlineDigests(deps, new Date('2026-01-09T00:05:00Z'))
 */
export async function enqueueDeadlineDigests(deps: ApiDependencies, at: Date): Promise<number> {
  const today = vietnamDateAt(at);
  const calendar = await deps.calendars.get(deps.db);
  const communes = await deps.db
    .selectFrom('admin_units')
    .select('code')
    .where('level', '=', 'commune')
    .orderBy('code')
    .execute();
  let written = 0;
  for (const { code } of communes) {
    const plans = await listFollowUpPlans(deps.db, { adminUnitCodes: [code] });
    if (plans.length === 0) continue;
    const items: ReminderItem[] = [];
    for (const item of await loadTrackedItems(deps.db, calendar, plans)) {
      const deadline = trackedItemDeadline(calendar, item, today);
      if (!deadline || !item.responsibleOrganisation) continue;
      items.push({
        organisationId: item.responsibleOrganisation.id,
        organisationName: item.responsibleOrganisation.name,
        label: `${item.taskId ? 'Nhiệm vụ' : 'Kiến nghị'}: ${shorten(item.content)}`,
        link: item.taskId
          ? `/chair/follow-up/tasks/${encodeURIComponent(item.taskId)}`
          : `/chair/petitions/${encodeURIComponent(item.petitionId ?? '')}`,
        deadline,
      });
    }
    const digests = buildDeadlineDigests(items, today);
    if (digests.length === 0) continue;
    written += await deps.db.transaction().execute(async (trx) => {
      let count = 0;
      for (const digest of digests)
        count += await notifyOfficials(
          trx,
          { deps, requestTime: at },
          {
            adminUnitCode: code,
            audience: { organisationId: digest.organisationId },
            organisationId: digest.organisationId,
            link: '/chair/deadlines',
          },
          'deadline-digest',
          digest.eventId,
          digest.params,
        );
      return count;
    });
  }
  return written;
}
