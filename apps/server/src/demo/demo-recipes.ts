import type {
  Competence,
  ConsentGrant,
  IsoDate,
  IssuerKind,
  PetitionChannel,
  PetitionField,
  PetitionOutcome,
  Urgency,
} from '@doithoai/domain';
import type { DemoBody } from './demo-communes.js';
import { demoPerson, provinceLabel, type DemoPerson } from './demo-people.js';
import { OTHER_BODY_TEMPLATES, UPPER_LEVEL_TEMPLATES } from './demo-petition-referrals.js';
import { COMMUNE_TEMPLATES, type PetitionTemplate } from './demo-petition-texts.js';
import type { DemoWorld } from './demo-world.js';
import { required } from './demo-required.js';

// A dialogue's petitions as recipes: how many go which way through the workflow (triage,
// assignment, the conference's outcome, the written answer, the citizen's response…). The
// specs are drawn from the seeded random source, so the same recipes give the same demo.

export type BeforeStep =
  'triage' | 'assign' | 'draft' | 'send-back' | 'approve' | 'forward' | 'guide' | 'withdraw';
export type AfterStep =
  'draft' | 'approve' | 'send' | 'reply' | 'accept' | 'reject' | 'carry-over' | 'withdraw';

export interface Recipe {
  count: number;
  competence?: Competence;
  before?: BeforeStep[];
  outcome?: PetitionOutcome;
  after?: AfterStep[];
  /** Raised in person at the conference, triaged on the spot. */
  floor?: boolean;
  /** Received after the registration cut-off: kept and flagged. */
  late?: boolean;
  /** Received after the conference (a report through the media). */
  afterConference?: boolean;
  /** The citizen's response is given at the conference itself. */
  respondAtConference?: boolean;
  /** The written answer goes out after its deadline. */
  answerLate?: boolean;
  /** The written answer, long overdue, is drafted only in the last few days. */
  answeredRecently?: boolean;
  /** Grouped as duplicates, this many to a group. */
  duplicatesOf?: number;
  /** How the story finds these petitions again (conclusion items, findings). */
  tag?: string;
}

/** The dates a dialogue's petitions move between. */
export interface DialogueSetting {
  planId: string;
  issuerKind: IssuerKind;
  registrationFrom: IsoDate;
  /** The last day a registration is on time. */
  cutoff: IsoDate;
  /** The last day a late registration arrives. */
  lateUntil: IsoDate;
  heldOn?: IsoDate;
  /** The last day of the steps before the conference. */
  beforeUntil: IsoDate;
  /** The last day of the steps after it. */
  afterUntil: IsoDate;
}

export interface PetitionSpec {
  recipe: Recipe;
  template: PetitionTemplate;
  person: DemoPerson;
  channel: PetitionChannel;
  receivedOn: IsoDate;
  wantsToSpeak: boolean;
  content: string;
  answer: string;
  referredTo?: string;
  body: DemoBody;
  urgency: Urgency;
  group?: number;
  /** Set once registered. */
  id?: string;
  /** When its latest step before the conference happened. */
  lastAt?: Date;
}

/** The body that answers each field: the Phòng Kinh tế, the police, the culture-society office… */
export const BODY_OF_FIELD: Record<PetitionField, DemoBody> = {
  'land-environment': 'economicDepartment',
  'security-order': 'police',
  'administrative-procedures': 'publicServiceCentre',
  'social-policy': 'cultureSocietyDepartment',
  infrastructure: 'economicDepartment',
  economy: 'economicDepartment',
  'party-building': 'partyOffice',
  'culture-education-health': 'cultureSocietyDepartment',
  other: 'governmentOffice',
};

const DRAFTING_FIELDS = new Set<PetitionField>(
  (Object.keys(BODY_OF_FIELD) as PetitionField[]).filter(
    (f) => !['party-building', 'other'].includes(f),
  ),
);

const CHANNELS: readonly (readonly [PetitionChannel, number])[] = [
  ['village-paper-form', 45],
  ['front-compilation', 20],
  ['office-paper-form', 15],
  ['web-form', 12],
  ['mass-media', 8],
];

const SUFFIXES = [
  '',
  '',
  ' Rất mong được lãnh đạo xã quan tâm.',
  ' Xin trân trọng cảm ơn.',
  ' Đề nghị trả lời bằng văn bản cho gia đình.',
];

function templatesFor(recipe: Recipe): readonly PetitionTemplate[] {
  const competence = recipe.competence ?? 'commune';
  if (competence === 'upper-level') return UPPER_LEVEL_TEMPLATES;
  if (competence === 'other-body') return OTHER_BODY_TEMPLATES;
  const drafts = [...(recipe.before ?? []), ...(recipe.after ?? [])].includes('draft');
  return drafts ? COMMUNE_TEMPLATES.filter((t) => DRAFTING_FIELDS.has(t.field)) : COMMUNE_TEMPLATES;
}

/**
 * A working day in [from, to], drawn at random.
 *
 * @example dayBetween(world, '2025-11-26', '2025-12-04') // e.g. '2025-12-01'
 */
export function dayBetween(w: DemoWorld, from: IsoDate, to: IsoDate): IsoDate {
  const days: IsoDate[] = [];
  for (let d = w.clock.workingDay(from); d <= to; d = w.clock.after(d, 1)) days.push(d);
  return days.length > 0 ? w.random.pick(days) : to;
}

/**
 * Fills {village}, {commune}, {province}, {year}, {prevYear}.
 *
 * @example fill('Đường vào {village}', world, 'Thôn 05', 2025) // 'Đường vào Thôn 05'
 */
export function fill(text: string, w: DemoWorld, village: string, year: number): string {
  return text
    .replaceAll('{village}', village)
    .replaceAll('{commune}', w.commune.unit.name)
    .replaceAll('{province}', provinceLabel(w.commune))
    .replaceAll('{prevYear}', String(year - 2))
    .replaceAll('{year}', String(year));
}

function receivedOnOf(w: DemoWorld, setting: DialogueSetting, recipe: Recipe): IsoDate {
  if (recipe.floor) return required(setting.heldOn, 'the conference day of a floor petition');
  if (recipe.afterConference)
    return dayBetween(
      w,
      w.clock.after(required(setting.heldOn, 'the conference day'), 1),
      setting.afterUntil,
    );
  if (recipe.late) return dayBetween(w, w.clock.after(setting.cutoff, 1), setting.lateUntil);
  return dayBetween(w, setting.registrationFrom, setting.cutoff);
}

/**
 * The petitions of one dialogue, drawn from its recipes: who, from which village, about what,
 * through which channel, on which day.
 *
 * @example const specs = drawPetitions(world, setting, [{ count: 5, before: ['triage'] }])
 */
export function drawPetitions(
  w: DemoWorld,
  setting: DialogueSetting,
  recipes: readonly Recipe[],
): PetitionSpec[] {
  const specs: PetitionSpec[] = [];
  let group = 0;
  for (const recipe of recipes) {
    let shared: PetitionSpec | undefined;
    for (let i = 0; i < recipe.count; i += 1) {
      const size = recipe.duplicatesOf ?? 1;
      if (size > 1 && i % size === 0) group += 1;
      const sameAsShared = size > 1 && i % size !== 0 ? shared : undefined;
      const template = sameAsShared ? sameAsShared.template : w.random.pick(templatesFor(recipe));
      const village = sameAsShared
        ? required(
            w.commune.villages.find((v) => v.id === sameAsShared.person.villageId),
            'the village of a duplicated petition',
          )
        : w.random.pick(w.commune.villages);
      const business = template.field === 'economy' || template.field === 'infrastructure';
      const person = demoPerson(w.random, w.commune, village, business);
      const receivedOn = receivedOnOf(w, setting, recipe);
      const year = Number(receivedOn.slice(0, 4));
      const spec: PetitionSpec = {
        recipe,
        template,
        person,
        channel: recipe.floor ? 'raised-at-conference' : w.random.weighted(CHANNELS),
        receivedOn,
        wantsToSpeak: recipe.floor === true || w.random.chance(0.4),
        content: fill(template.text, w, person.villageName, year) + w.random.pick(SUFFIXES),
        answer: fill(template.answer, w, person.villageName, year),
        ...(template.referredTo
          ? { referredTo: fill(template.referredTo, w, person.villageName, year) }
          : {}),
        body: BODY_OF_FIELD[template.field],
        urgency: w.random.weighted<Urgency>([
          ['normal', 70],
          ['urgent', 25],
          ['very-urgent', 5],
        ]),
        ...(size > 1 ? { group } : {}),
      };
      if (size > 1 && i % size === 0) shared = spec;
      specs.push(spec);
    }
  }
  return specs;
}

const CONSENT_CHANNEL = {
  'village-paper-form': 'paper-form',
  'office-paper-form': 'paper-form',
  'front-compilation': 'paper-form',
  'web-form': 'web-form',
  'raised-at-conference': 'in-person',
  'mass-media': 'phone',
} as const satisfies Record<PetitionChannel, ConsentGrant['channel']>;

/**
 * The consents the form records, one per purpose (Luật 91/2025/QH15): to handle the petition,
 * to call back, to pass it to the competent body, to publish the answer redacted.
 *
 * @example consentsOf(world, spec, officeId)[0]?.purpose // 'handle-petition'
 */
export function consentsOf(w: DemoWorld, spec: PetitionSpec, recordedBy: string): ConsentGrant[] {
  const channel = CONSENT_CHANNEL[spec.channel];
  const givenAt = `${spec.receivedOn}T07:45:00+07:00`;
  const officer = channel === 'in-person' || channel === 'phone' ? { recordedBy } : {};
  const grant = (purpose: ConsentGrant['purpose']): ConsentGrant => ({
    purpose,
    givenAt,
    channel,
    ...officer,
  });
  const grants = [grant('handle-petition')];
  if (spec.person.phone) grants.push(grant('contact-by-phone'));
  if ((spec.recipe.competence ?? 'commune') !== 'commune')
    grants.push(grant('forward-to-competent-body'));
  if (w.random.chance(0.5)) grants.push(grant('publish-answer-redacted'));
  return grants;
}
