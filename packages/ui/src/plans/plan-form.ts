// The plan form's state (strings, as inputs hold them) and its mapping to the plan's content.
// No rule lives here: the server validates, and its messages are shown next to the fields.
import type {
  IssuerKind,
  LegalBasis,
  ParticipantGroup,
  Plan,
  PlanContent,
  PlanTiming,
  Recipient,
  RuleOverride,
} from '@doithoai/domain';
import { issuerText } from './issuer-text.js';

export interface LegalBasisRow {
  relation: LegalBasis['relation'];
  documentType: LegalBasis['documentType'];
  reference: string;
  issuedOn: string;
  issuer: string;
  title: string;
}
export interface TopicRow {
  field: PlanContent['topics'][number]['field'];
  label: string;
}
export interface SectionRow {
  heading: string;
  /** One paragraph a line. */
  paragraphs: string;
}
export interface ChairRow {
  role: 'chair' | 'co-chair';
  position: string;
  name: string;
}
export interface GroupRow {
  kind: ParticipantGroup['kind'];
  description: string;
  quotaAllocation: ParticipantGroup['quotaAllocation'];
  unitCount: string;
  perUnitQuota: string;
  /** "Bí thư chi bộ: 1" a line. */
  composition: string;
}
export interface TaskRow {
  assignee: string;
  organisationKind: '' | NonNullable<PlanContent['tasks'][number]['organisationKind']>;
  isRequest: boolean;
  /** One duty a line. */
  duties: string;
}
export interface RecipientRow {
  name: string;
  copyKind: '' | 'electronic' | 'paper';
  purpose: Recipient['purpose'];
}
export interface OverrideRow {
  ruleId: RuleOverride['ruleId'];
  date: string;
  offset: string;
  unit: '' | 'working-days' | 'calendar-days';
  reason: string;
}

export interface PlanForm {
  issuerKind: IssuerKind;
  issuerName: string;
  documentSymbol: string;
  title: string;
  year: string;
  regulationProfileId: PlanContent['regulationProfileId'];
  legalBases: LegalBasisRow[];
  purposes: string;
  requirements: string;
  topics: TopicRow[];
  contentSections: SectionRow[];
  format: PlanContent['format'];
  timingKind: 'date' | 'window' | 'none';
  date: string;
  startTime: string;
  windowFrom: string;
  windowTo: string;
  timingNote: string;
  venueName: string;
  venueAddress: string;
  venueLink: string;
  chairs: ChairRow[];
  participantGroups: GroupRow[];
  tasks: TaskRow[];
  recipients: RecipientRow[];
  overrides: OverrideRow[];
  signerName: string;
  signerTitle: NonNullable<PlanContent['signer']>['title'];
  signerAuthority: NonNullable<PlanContent['signer']>['authority'];
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const count = (value: string) => (value.trim() === '' ? undefined : Number(value));

/**
 * An empty form for a plan of `year` in the commune `unitName`, issued by the Party committee
 * (the default) or the People's Committee: the issuer's name, symbol and signature prefilled.
 *
 * @example emptyPlanForm(2025, 'Sơn Tây Hạ', 'peoples-committee').documentSymbol // 'KH-UBND'
 */
export function emptyPlanForm(
  year: number,
  unitName: string,
  issuerKind: IssuerKind = 'party-committee',
): PlanForm {
  const words = issuerText(issuerKind);
  return {
    issuerKind,
    issuerName: words.issuerName(unitName),
    documentSymbol: words.documentSymbol,
    title: '',
    year: String(year),
    regulationProfileId: 'national-default',
    legalBases: [],
    purposes: '',
    requirements: '',
    topics: [],
    contentSections: [],
    format: 'in-person',
    timingKind: 'date',
    date: '',
    startTime: '',
    windowFrom: '',
    windowTo: '',
    timingNote: '',
    venueName: '',
    venueAddress: '',
    venueLink: '',
    chairs: [],
    participantGroups: [],
    tasks: [],
    recipients: [],
    overrides: [],
    signerName: '',
    signerTitle: words.signerTitle,
    signerAuthority: words.signerAuthority,
  };
}

function timingOf(form: PlanForm): PlanTiming | undefined {
  if (form.timingKind === 'date')
    return {
      kind: 'date',
      date: form.date,
      ...(text(form.startTime) ? { startTime: form.startTime.trim() } : {}),
      ...(text(form.timingNote) ? { note: form.timingNote.trim() } : {}),
    };
  if (form.timingKind === 'window')
    return {
      kind: 'window',
      from: form.windowFrom,
      to: form.windowTo,
      ...(text(form.timingNote) ? { note: form.timingNote.trim() } : {}),
    };
  return undefined;
}

/** The plan's content as the API takes it (`plans.create`, `plans.update`). */
export function toPlanContent(form: PlanForm, adminUnitCode: string): PlanContent {
  return {
    adminUnitCode,
    issuer: { kind: form.issuerKind, name: form.issuerName.trim(), adminUnitCode },
    documentSymbol: form.documentSymbol.trim(),
    title: form.title.trim(),
    year: Number(form.year),
    legalBases: form.legalBases.map((b) => ({
      relation: b.relation,
      documentType: b.documentType,
      reference: text(b.reference),
      issuedOn: text(b.issuedOn),
      issuer: text(b.issuer),
      title: b.title.trim(),
    })),
    regulationProfileId: form.regulationProfileId,
    purposes: lines(form.purposes),
    requirements: lines(form.requirements),
    topics: form.topics.map((t) => ({ field: t.field, label: t.label.trim() })),
    contentSections: form.contentSections.map((s) => ({
      heading: s.heading.trim(),
      paragraphs: lines(s.paragraphs),
    })),
    format: form.format,
    timing: timingOf(form),
    venue: text(form.venueName)
      ? {
          name: form.venueName.trim(),
          address: text(form.venueAddress),
          onlineLink: text(form.venueLink),
        }
      : undefined,
    chairs: form.chairs.map((c) => ({
      role: c.role,
      position: c.position.trim(),
      name: text(c.name),
    })),
    participantGroups: form.participantGroups.map((g) => ({
      kind: g.kind,
      description: g.description.trim(),
      quotaAllocation: g.quotaAllocation,
      unitCount: count(g.unitCount),
      perUnitQuota: count(g.perUnitQuota),
      composition: lines(g.composition).map((line) => {
        const at = line.lastIndexOf(':');
        return at < 0
          ? { role: line, count: Number.NaN }
          : { role: line.slice(0, at).trim(), count: Number(line.slice(at + 1)) };
      }),
      villageQuotas: [],
      namedGuests: [],
    })),
    tasks: form.tasks.map((t) => ({
      assignee: t.assignee.trim(),
      organisationKind: t.organisationKind === '' ? undefined : t.organisationKind,
      isRequest: t.isRequest,
      duties: lines(t.duties),
    })),
    recipients: form.recipients.map((r) => ({
      name: r.name.trim(),
      copyKind: r.copyKind === '' ? undefined : r.copyKind,
      purpose: r.purpose,
    })),
    scheduleOverrides: form.overrides.map((o) => ({
      ruleId: o.ruleId,
      date: text(o.date),
      offset: count(o.offset),
      unit: o.unit === '' ? undefined : o.unit,
      reason: o.reason.trim(),
    })),
    signer: text(form.signerName)
      ? { name: form.signerName.trim(), title: form.signerTitle, authority: form.signerAuthority }
      : undefined,
    carriedOverPetitionIds: [],
  };
}

/** A stored plan back in the form (editing a draft or a returned plan). */
export function planToForm(plan: Plan): PlanForm {
  const timing = plan.timing;
  return {
    issuerKind: plan.issuer.kind,
    issuerName: plan.issuer.name,
    documentSymbol: plan.documentSymbol,
    title: plan.title,
    year: String(plan.year),
    regulationProfileId: plan.regulationProfileId,
    legalBases: plan.legalBases.map((b) => ({
      relation: b.relation,
      documentType: b.documentType,
      reference: b.reference ?? '',
      issuedOn: b.issuedOn ?? '',
      issuer: b.issuer ?? '',
      title: b.title,
    })),
    purposes: plan.purposes.join('\n'),
    requirements: plan.requirements.join('\n'),
    topics: plan.topics.map((t) => ({ ...t })),
    contentSections: plan.contentSections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.join('\n'),
    })),
    format: plan.format,
    timingKind: timing?.kind ?? 'none',
    date: timing?.kind === 'date' ? timing.date : '',
    startTime: timing?.kind === 'date' ? (timing.startTime ?? '') : '',
    windowFrom: timing?.kind === 'window' ? timing.from : '',
    windowTo: timing?.kind === 'window' ? timing.to : '',
    timingNote: timing?.note ?? '',
    venueName: plan.venue?.name ?? '',
    venueAddress: plan.venue?.address ?? '',
    venueLink: plan.venue?.onlineLink ?? '',
    chairs: plan.chairs.map((c) => ({ role: c.role, position: c.position, name: c.name ?? '' })),
    participantGroups: plan.participantGroups.map((g) => ({
      kind: g.kind,
      description: g.description,
      quotaAllocation: g.quotaAllocation,
      unitCount: g.unitCount === undefined ? '' : String(g.unitCount),
      perUnitQuota: g.perUnitQuota === undefined ? '' : String(g.perUnitQuota),
      composition: g.composition.map((c) => `${c.role}: ${c.count}`).join('\n'),
    })),
    tasks: plan.tasks.map((t) => ({
      assignee: t.assignee,
      organisationKind: t.organisationKind ?? '',
      isRequest: t.isRequest,
      duties: t.duties.join('\n'),
    })),
    recipients: plan.recipients.map((r) => ({
      name: r.name,
      copyKind: r.copyKind ?? '',
      purpose: r.purpose,
    })),
    overrides: plan.scheduleOverrides.map((o) => ({
      ruleId: o.ruleId,
      date: o.date ?? '',
      offset: o.offset === undefined ? '' : String(o.offset),
      unit: o.unit ?? '',
      reason: o.reason,
    })),
    signerName: plan.signer?.name ?? '',
    signerTitle: plan.signer?.title ?? issuerText(plan.issuer.kind).signerTitle,
    signerAuthority: plan.signer?.authority ?? issuerText(plan.issuer.kind).signerAuthority,
  };
}
