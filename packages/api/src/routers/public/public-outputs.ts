import {
  CitizenResponseKindSchema,
  DeadlineStateSchema,
  IsoDateSchema,
  PetitionFieldSchema,
  PetitionStatusSchema,
  PlanFormatSchema,
  PlanStatusSchema,
  PlanTimingSchema,
  RuleIdSchema,
  OnlineWithdrawablePurposeSchema,
} from '@doithoai/domain';
import { z } from 'zod';

// What `public.*` returns: the contract the public pages and integrators rely on. tRPC checks
// every reply against these schemas, and a field not declared here never leaves the server
// (zod drops it) — the allow-list of what the public sees, declared once.

const text = z.string();
const optionalText = z.string().nullable();
const date = IsoDateSchema;
const optionalDate = IsoDateSchema.nullable();

const CommuneSchema = z.object({ code: text, name: text });

/** `public.communes`: every commune, with its province, for the picker. */
export const PublicCommunesSchema = z.array(
  z.object({ code: text, name: text, kind: optionalText, provinceName: optionalText }),
);

/** A date in a citizen's life: its rule, its clause and how it was counted. */
export const PublicDeadlineSchema = z.object({
  ruleId: RuleIdSchema,
  label: text,
  dueDate: optionalDate,
  source: text,
  explanation: text,
});

/** A dialogue as the public sees it (`publicDialogue`). */
export const PublicDialogueSchema = z.object({
  id: text,
  commune: CommuneSchema,
  issuer: text,
  reference: text,
  title: text,
  year: z.number().int(),
  status: PlanStatusSchema,
  statusLabel: text,
  timing: PlanTimingSchema.nullable(),
  heldOn: optionalDate,
  venue: z.object({ name: text, address: optionalText, onlineLink: optionalText }).nullable(),
  format: PlanFormatSchema,
  formatLabel: text,
  topics: z.array(z.object({ field: PetitionFieldSchema, label: text })),
  registration: z.object({
    open: z.boolean(),
    cutoff: PublicDeadlineSchema.nullable(),
    afterCutoff: z.boolean(),
    ways: z.array(text),
  }),
});

/** `public.dialogues`: a commune's coming dialogues and those with results. */
export const PublicDialoguesSchema = z.object({
  commune: CommuneSchema,
  upcoming: z.array(PublicDialogueSchema),
  results: z.array(
    z.object({
      id: text,
      title: text,
      year: z.number().int(),
      dialogueDate: optionalDate,
      status: PlanStatusSchema,
    }),
  ),
});

/** `public.dialogue`: one dialogue with the villages its registration form offers. */
export const PublicDialogueWithVillagesSchema = PublicDialogueSchema.extend({
  villages: z.array(z.object({ id: text, name: text })),
});

/** `public.formToken`. */
export const FormTokenSchema = z.object({ token: text });

/** `public.register`: what a citizen keeps — the code, and whether it came late. */
export const RegistrationReceiptSchema = z.object({
  trackingCode: text,
  receivedOn: date,
  isLate: z.boolean(),
  /** True when this submission was recognised as one already received (no second record). */
  replayed: z.boolean(),
});

/** `public.track` and `public.respond`: what the holder of a tracking code sees. */
export const TrackingViewSchema = z.object({
  trackingCode: text,
  version: z.number().int(),
  status: PetitionStatusSchema,
  statusLabel: text,
  kindLabel: optionalText,
  fieldLabel: optionalText,
  channelLabel: text,
  content: text,
  receivedOn: date,
  isLate: z.boolean(),
  dialogue: z.object({
    id: text,
    title: text,
    timing: PlanTimingSchema.nullable(),
    heldOn: optionalDate,
  }),
  deadlines: z.array(
    PublicDeadlineSchema.extend({
      state: DeadlineStateSchema.nullable(),
      stateLabel: optionalText,
    }),
  ),
  answer: z
    .object({
      outcomeLabel: optionalText,
      content: optionalText,
      legalBasis: optionalText,
      documentRef: optionalText,
      sentOn: optionalDate,
      answeredOn: optionalDate,
      referredTo: optionalText,
    })
    .nullable(),
  responses: z.array(
    z.object({
      response: CitizenResponseKindSchema,
      label: text,
      note: optionalText,
      recordedAt: text,
      byCitizenOnline: z.boolean(),
    }),
  ),
  canRespond: z.boolean(),
  /** The consents the citizen may withdraw here, and whether each is still active. */
  consents: z.array(
    z.object({
      purpose: OnlineWithdrawablePurposeSchema,
      label: text,
      active: z.boolean(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
});

/** `public.results`: the published results, every free text redacted. */
export const PublicResultsSchema = z.object({
  dialogue: z.object({
    id: text,
    commune: CommuneSchema.nullable(),
    issuer: text,
    reference: text,
    title: text,
    heldOn: optionalDate,
    status: PlanStatusSchema,
    statusLabel: text,
  }),
  redactionNote: text,
  /** Answered petitions, and those published (their citizen consents to it). */
  totals: z.object({ answered: z.number().int(), published: z.number().int() }),
  notice: z
    .object({
      reference: text,
      issuedOn: date,
      position: text,
      items: z.array(
        z.object({
          content: text,
          responsibleOrganisation: optionalText,
          dueOn: date,
          source: text,
        }),
      ),
    })
    .nullable(),
  answers: z.array(
    z.object({
      number: z.number().int(),
      kindLabel: optionalText,
      fieldLabel: optionalText,
      content: text,
      statusLabel: text,
      outcomeLabel: optionalText,
      answer: optionalText,
      legalBasis: optionalText,
      documentRef: optionalText,
      answeredOn: optionalDate,
      referredTo: optionalText,
    }),
  ),
});
