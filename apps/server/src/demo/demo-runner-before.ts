import type {
  Competence,
  Complexity,
  IsoDate,
  PetitionChannel,
  PetitionField,
  Urgency,
} from '@doithoai/domain';
import { minutesAfter } from './demo-clock.js';
import {
  consentsOf,
  type BeforeStep,
  type DialogueSetting,
  type PetitionSpec,
} from './demo-recipes.js';
import { LEGAL_BASIS, SEND_BACK_COMMENTS, withdrawal } from './demo-step-texts.js';
import type { DemoActor, DemoWorld, VersionRef } from './demo-world.js';
import { required } from './demo-required.js';

// Before the conference (docs/domain.md §3–4): registrations arrive through their channels, the
// office triages them, assigns a body, the body drafts, the leader approves or sends back —
// each step a call of the API's procedure by the account that takes it.

/** The four fields of `petitions.triage` (and a competent body for a matter outside the commune). */
export interface DemoTriage {
  field: PetitionField;
  urgency: Urgency;
  competence: Competence;
  complexity: Complexity;
  referredTo?: string;
}

/** Who enters a registration: the village head its list, the Front its compilation, else the office. */
function intakeActor(w: DemoWorld, setting: DialogueSetting, channel: PetitionChannel): DemoActor {
  if (channel === 'village-paper-form') return w.as('village');
  if (channel === 'front-compilation') return w.as('front-officer');
  return w.officeOf(setting.issuerKind);
}

/**
 * The triage the office gives a petition of this spec.
 *
 * @example triageOf(spec).competence // 'commune'
 */
export function triageOf(spec: PetitionSpec): DemoTriage {
  const { template } = spec;
  return {
    field: template.field,
    urgency: spec.urgency,
    competence: template.competence,
    complexity: template.complexity,
    ...(spec.referredTo ? { referredTo: spec.referredTo } : {}),
  };
}

/**
 * The registration a spec makes (the domain's RegisterPetitionInput).
 *
 * @example registrationOf(world, setting, spec, accountId).channel // 'village-paper-form'
 */
export function registrationOf(
  w: DemoWorld,
  setting: DialogueSetting,
  spec: PetitionSpec,
  recordedBy: string,
) {
  const { person } = spec;
  return {
    planId: setting.planId,
    channel: spec.channel,
    receivedOn: spec.receivedOn,
    kind: spec.template.kind,
    field: spec.template.field,
    wantsToSpeak: spec.wantsToSpeak,
    content: spec.content,
    consents: consentsOf(w, spec, recordedBy),
    petitioner: {
      fullName: person.fullName,
      ...(person.phone ? { phone: person.phone } : {}),
      address: person.address,
      villageId: person.villageId,
      ...(person.organisationName ? { organisationName: person.organisationName } : {}),
    },
  };
}

/**
 * Runs a spec's steps before the conference, each a few working days after the last, never
 * after `until`, in the order of the recipe. `version`: the petition's version when the caller
 * has just seen it (registered it); else it is read before the first step. Each step's answer
 * gives the next step's version, as the screen would show it.
 *
 * @example await runBeforeSteps(world, setting, spec, ['triage', 'assign'], setting.beforeUntil)
 */
export async function runBeforeSteps(
  w: DemoWorld,
  setting: DialogueSetting,
  spec: PetitionSpec,
  steps: readonly BeforeStep[],
  until: IsoDate,
  version?: number,
): Promise<void> {
  const office = w.officeOf(setting.issuerKind);
  const chair = w.as('commune-chair');
  const body = w.ids.bodies[spec.body];
  const id = required(spec.id, 'the id of a registered petition');
  let day = spec.receivedOn;
  let expectedVersion = version;
  for (const [index, step] of steps.entries()) {
    const [fewest, most] = (
      {
        triage: [0, 2],
        assign: [0, 1],
        draft: [1, 4],
        'send-back': [1, 2],
        approve: [1, 2],
        forward: [1, 3],
        guide: [1, 3],
        withdraw: [1, 5],
      } satisfies Record<BeforeStep, readonly [number, number]>
    )[step];
    day = w.clock.max(
      spec.receivedOn,
      w.clock.min(w.clock.after(day, w.random.int(fewest, most)), until),
    );
    const at = w.clock.at(day, minutesAfter('08:30', 20 * (index + 1) + w.random.int(0, 12)));
    spec.lastAt = at;
    const ref = expectedVersion ? { id, expectedVersion } : await w.ref('petitions', id);
    const saved = await beforeStep(w, step, ref, at, { office, chair, body, spec, day });
    expectedVersion = saved.version;
  }
}

/** One step before the conference, by the account that takes it; the petition as saved. */
function beforeStep(
  w: DemoWorld,
  step: BeforeStep,
  ref: VersionRef,
  at: Date,
  {
    office,
    chair,
    body,
    spec,
    day,
  }: { office: DemoActor; chair: DemoActor; body: string; spec: PetitionSpec; day: IsoDate },
): Promise<{ version: number }> {
  switch (step) {
    case 'triage':
      return w.api(office, at).petitions.triage({ ...ref, ...triageOf(spec) });
    case 'assign':
      return w.api(office, at).petitions.assign({ ...ref, assignedOrganisationId: body });
    case 'draft': {
      const basis = LEGAL_BASIS[spec.template.field];
      return w
        .api(required(w.departmentOf(spec.body), `the department for ${spec.body}`), at)
        .petitions.draftAnswer({
          ...ref,
          content: spec.answer,
          ...(basis ? { legalBasis: basis } : {}),
        });
    }
    case 'send-back':
      return w
        .api(chair, at)
        .petitions.sendBackAnswer({ ...ref, comment: w.random.pick(SEND_BACK_COMMENTS) });
    case 'approve':
      return w.api(chair, at).petitions.approveAnswer(ref);
    case 'forward':
    case 'guide':
      return w.api(office, at).petitions[step]({
        ...ref,
        referredTo: required(spec.referredTo, 'the body a petition is referred to'),
      });
    case 'withdraw':
      return w.api(office, at).petitions.withdraw({ ...ref, ...withdrawal(w.random, day) });
  }
}

/**
 * Registers one spec on its day, through its channel's account; the new petition's version.
 *
 * @example await registerSpec(world, setting, spec); spec.id // the new petition's id
 */
export async function registerSpec(
  w: DemoWorld,
  setting: DialogueSetting,
  spec: PetitionSpec,
): Promise<number> {
  const actor = intakeActor(w, setting, spec.channel);
  const at = w.clock.at(spec.receivedOn, minutesAfter('07:50', w.random.int(0, 25)));
  const petition = await w
    .api(actor, at)
    .petitions.register(registrationOf(w, setting, spec, actor.accountId));
  spec.id = petition.id;
  spec.lastAt = at;
  return petition.version;
}

/**
 * Everything before the conference: the registrations in the order they arrived, their
 * triage and answers, and the duplicates grouped by the office.
 *
 * @example await prepareBeforeConference(world, setting, specs)
 */
export async function prepareBeforeConference(
  w: DemoWorld,
  setting: DialogueSetting,
  specs: readonly PetitionSpec[],
): Promise<void> {
  const arriving = specs
    .filter((s) => !s.recipe.floor && !s.recipe.afterConference)
    .sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0));
  for (const spec of arriving) {
    const version = await registerSpec(w, setting, spec);
    await runBeforeSteps(w, setting, spec, spec.recipe.before ?? [], setting.beforeUntil, version);
  }
  const groups = new Map<number, PetitionSpec[]>();
  for (const spec of arriving)
    if (spec.group !== undefined) groups.set(spec.group, [...(groups.get(spec.group) ?? []), spec]);
  for (const members of groups.values()) {
    // Once the office has seen them all: after the last step any of them had.
    const latest = Math.max(
      ...members.map((m) => required(m.lastAt, "the time of a petition's last step").getTime()),
    );
    const office = w.officeOf(setting.issuerKind);
    const at = new Date(Math.min(latest + 30 * 60_000, w.clock.now.getTime()));
    const petitions = await Promise.all(
      members.map((m) => w.ref('petitions', required(m.id, 'the id of a duplicate'))),
    );
    await w.api(office, at).petitions.groupDuplicates({ petitions });
  }
}
