import {
  listSpeakers,
  type ConferenceRecord,
  type Database,
  type PetitionPlanFacts,
} from '@doithoai/db';
import { DEFAULT_AGENDA, earlyStart, orderSpeakers, type IsoDate } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../context.js';
import { isVisibleTo } from '../petitions/petition-access.js';

/**
 * The conference as the conference-mode screen shows it: the agenda (seed 002 §4.2 unless the
 * office saved its own), attendance, minutes, and the speaking order in registration order
 * (`orderSpeakers`). `version` is 0 until the first save. A department reads only the speakers
 * whose petition is assigned to its body, as everywhere else a petition can be reached (issue 17:
 * the conference and its minutes gave a department every petition of the dialogue); the order is
 * computed on every speaker first, so each keeps its place in the hall.
 *
 * Before it opens, `earlyStart` says when today is before the date the People were told, so
 * the screen asks before opening it (issue 18).
 *
 * @example const view = await conferenceView(db, plan, await findConference(db, plan.id), ctx.user, ctx.today);
 */
export async function conferenceView(
  db: Kysely<Database>,
  plan: PetitionPlanFacts,
  conference: ConferenceRecord | undefined,
  reader: Pick<SessionUser, 'role' | 'organisationId'>,
  today: IsoDate,
) {
  const speakers = await listSpeakers(db, plan.id);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const slots = orderSpeakers(
    speakers.map((s) => ({
      petitionId: s.id,
      speakerName: s.fullName,
      channel: s.channel,
      receivedOn: s.receivedOn,
      registeredAt: s.createdAt,
      isLate: s.isLate,
      wantsToSpeak: s.wantsToSpeak,
      status: s.status,
      hasOutcome: s.conferenceOutcome !== null,
    })),
  );
  return {
    planId: plan.id,
    planStatus: plan.status,
    planTitle: plan.title,
    startedAt: conference?.startedAt ?? null,
    endedAt: conference?.endedAt ?? null,
    plannedDate: plan.timing?.kind === 'date' ? plan.timing.date : null,
    earlyStart: conference?.startedAt
      ? null
      : earlyStart(plan.timing?.kind === 'date' ? plan.timing.date : null, today),
    agenda: conference?.agenda ?? [...DEFAULT_AGENDA],
    agendaIsDefault: !conference?.agenda,
    attendance: conference?.attendance ?? [],
    minutes: conference?.minutes ?? '',
    version: conference?.version ?? 0,
    speakingOrder: slots.flatMap((slot) => {
      const row = byId.get(slot.petitionId);
      if (!row || !isVisibleTo(reader, row)) return [];
      return {
        ...slot,
        trackingCode: row.trackingCode,
        content: row.content,
        channel: row.channel,
        status: row.status,
        conferenceOutcome: row.conferenceOutcome,
        // What the minutes record beside the outcome (issue 16): who answered and what, the
        // body that answers in writing, where the petition went.
        outcome: row.conferenceOutcome
          ? {
              answeredBy: row.outcomeDetails?.answeredBy ?? null,
              note: row.outcomeDetails?.note ?? null,
              responsibleOrganisation: row.assignedOrganisationName,
              referredTo: row.referredTo,
            }
          : null,
        version: row.version,
      };
    }),
  };
}
