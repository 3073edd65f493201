import {
  listSpeakers,
  type ConferenceRecord,
  type Database,
  type PetitionPlanFacts,
} from '@doithoai/db';
import {
  DEFAULT_AGENDA,
  orderSpeakers,
  type PetitionChannel,
  type PetitionStatus,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';

/**
 * The conference as the conference-mode screen shows it: the agenda (seed 002 §4.2 unless the
 * office saved its own), attendance, minutes, and the speaking order in registration order
 * (`orderSpeakers`). `version` is 0 until the first save.
 *
 * @example const view = await conferenceView(db, plan, await findConference(db, plan.id));
 */
export async function conferenceView(
  db: Kysely<Database>,
  plan: PetitionPlanFacts,
  conference: ConferenceRecord | undefined,
) {
  const speakers = await listSpeakers(db, plan.id);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const slots = orderSpeakers(
    speakers.map((s) => ({
      petitionId: s.id,
      speakerName: s.fullName,
      channel: s.channel as PetitionChannel,
      receivedOn: s.receivedOn,
      registeredAt: s.createdAt,
      isLate: s.isLate,
      wantsToSpeak: s.wantsToSpeak,
      status: s.status as PetitionStatus,
      hasOutcome: s.conferenceOutcome !== null,
    })),
  );
  return {
    planId: plan.id,
    planStatus: plan.status,
    planTitle: plan.title,
    startedAt: conference?.startedAt ?? null,
    endedAt: conference?.endedAt ?? null,
    agenda: conference?.agenda ?? [...DEFAULT_AGENDA],
    agendaIsDefault: !conference?.agenda,
    attendance: conference?.attendance ?? [],
    minutes: conference?.minutes ?? '',
    version: conference?.version ?? 0,
    speakingOrder: slots.map((slot) => {
      const row = byId.get(slot.petitionId)!;
      return {
        ...slot,
        trackingCode: row.trackingCode,
        content: row.content,
        channel: row.channel as PetitionChannel,
        status: row.status as PetitionStatus,
        conferenceOutcome: row.conferenceOutcome,
        version: row.version,
      };
    }),
  };
}
