import type { Attendance, ConferenceOutcome } from '@doithoai/domain';
import { minutesAfter } from './demo-clock.js';
import type { DialogueSetting, PetitionSpec } from './demo-recipes.js';
import { registrationOf, triageOf } from './demo-runner-before.js';
import { answeredBy } from './demo-step-texts.js';
import type { DemoWorld } from './demo-world.js';
import { required } from './demo-required.js';

// The day of the dialogue (seed 002 §4.2): the session opens, citizens speak in registration
// order, leaders answer, some raise matters from the floor, the chair decides each petition's
// outcome; the secretariat records attendance and the minutes — through the API's
// `conference.*` procedures, as the office keeping the register.

function outcomeOf(w: DemoWorld, spec: PetitionSpec): ConferenceOutcome {
  const petitionId = required(spec.id, 'the id of a petition heard at the conference');
  switch (required(spec.recipe.outcome, 'the conference outcome of a recipe')) {
    case 'answered-at-conference':
      return {
        petitionId,
        kind: 'answered-at-conference',
        answeredBy: answeredBy(w.commune, spec.body),
        note: spec.answer,
      };
    case 'answer-in-writing':
      return {
        petitionId,
        kind: 'answer-in-writing',
        responsibleOrganisationId: w.ids.bodies[spec.body],
        note: 'Giao cơ quan chuyên môn xác minh, trả lời bằng văn bản cho công dân.',
      };
    case 'forwarded-upward':
      return {
        petitionId,
        kind: 'forwarded-upward',
        referredTo: required(spec.referredTo, 'the body a petition is referred to'),
        note: 'Vượt thẩm quyền của xã, báo cáo cấp có thẩm quyền.',
      };
    case 'guided-to-other-body':
      return {
        petitionId,
        kind: 'guided-to-other-body',
        referredTo: required(spec.referredTo, 'the body a petition is referred to'),
        note: 'Chủ tọa hướng dẫn công dân liên hệ cơ quan có thẩm quyền.',
      };
  }
}

/**
 * The conference of a dialogue, on `setting.heldOn`: start, outcomes in speaking order (the
 * floor's petitions after the registered ones), responses given on the spot, end, attendance,
 * minutes. The plan is recorded as held by the caller.
 *
 * @example await runConference(world, setting, specs, { attendance, minutes })
 */
export async function runConference(
  w: DemoWorld,
  setting: DialogueSetting,
  specs: readonly PetitionSpec[],
  record: { attendance: Attendance[]; minutes: string },
): Promise<void> {
  const day = required(setting.heldOn, 'the conference day');
  const office = w.officeOf(setting.issuerKind);
  const time = (minutes: number) => w.clock.at(day, minutesAfter('07:30', minutes));
  const conference = (at: Date) => w.api(office, at).conference;
  await conference(time(0)).start({ planId: setting.planId });
  const speakers = [
    ...specs.filter((s) => s.id && s.recipe.outcome),
    ...specs.filter((s) => s.recipe.floor),
  ];
  // From 07:50 to about 11:20, whatever the number of petitions.
  const slot = Math.max(2, Math.min(4, Math.floor(210 / Math.max(speakers.length, 1))));
  let minute = 20 - slot;
  for (const spec of speakers) {
    minute += slot;
    // The version on the chair's screen: the petition as raised here, else as stored.
    let expectedVersion: number;
    if (spec.recipe.floor) {
      const { planId, petitioner, content, kind, field, consents } = registrationOf(
        w,
        setting,
        spec,
        office.accountId,
      );
      const petition = await conference(time(minute)).raiseFromFloor({
        planId,
        petitioner,
        content,
        kind,
        field,
        consents,
        triage: triageOf(spec),
      });
      spec.id = petition.id;
      expectedVersion = petition.version;
    } else {
      ({ expectedVersion } = await w.ref(
        'petitions',
        required(spec.id, 'the id of a registered petition'),
      ));
    }
    const at = time(minute + 1);
    const recorded = await conference(at).recordOutcome({ ...outcomeOf(w, spec), expectedVersion });
    if (spec.recipe.respondAtConference)
      await w.api(office, at).petitions.recordCitizenResponse({
        id: recorded.id,
        expectedVersion: recorded.version,
        response: 'accepted',
        onBehalfNote:
          'Công dân phát biểu đồng ý với nội dung trả lời ngay tại hội nghị (ghi trong biên bản).',
      });
  }
  const ended = await conference(time(Math.max(minute + 10, 240))).end({ planId: setting.planId });
  const attended = await conference(w.clock.at(day, '14:00')).saveAttendance({
    planId: setting.planId,
    expectedVersion: ended.version,
    attendance: record.attendance,
  });
  await conference(w.clock.at(day, '15:30')).saveMinutes({
    planId: setting.planId,
    expectedVersion: attended.version,
    minutes: record.minutes,
  });
}
