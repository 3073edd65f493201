import {
  findAdminUnit,
  listApprovedAnswers,
  listConclusionNotices,
  listOrganisations,
  listPublishedPetitions,
} from '@doithoai/db';
import {
  formatDocumentNumber,
  isPlanAfterDialogue,
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  PETITION_OUTCOME_KIND_LABELS,
  PETITION_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  REDACTION_MARKS,
  createRedactor,
  hasActiveConsent,
  type PetitionField,
  type PetitionKind,
  type PetitionOutcomeKind,
  type PetitionStatus,
} from '@doithoai/domain';
import type { Context } from '../../context.js';
import { publicProcedure } from '../../trpc.js';
import { publicResultsCache } from './results-cache.js';
import { PublicResultsSchema } from './public-outputs.js';
import { publicPlan } from './public-plan.js';
import { dialogueNotFound } from './public-errors.js';
import { DialogueInputSchema } from './public.types.js';
import { ANSWER_TOLD, knownDataOfPlan } from './tracking-view.js';

/**
 * A dialogue's published results (docs/domain.md §6; Luật Tổ chức chính quyền địa phương 2025,
 * Điều 43: results announced to the People): the conclusion notice and every answer told,
 * built field by field from an allow-list, every free text passed through
 * `redactPersonalData` against all the dialogue's petitioners. No name, phone, address,
 * tracking code or record id of a citizen leaves this procedure.
 *
 * Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 and Nghị định 356/2025/NĐ-CP: consent is given per
 * purpose and can be withdrawn, so an answer is published only while its citizen's
 * `publish-answer-redacted` consent is active; the other answered petitions count in `totals`
 * only (no content, no answer). The public documents are built from this procedure.
 */
export const resultsProcedures = {
  results: publicProcedure
    .input(DialogueInputSchema)
    .output(PublicResultsSchema)
    .query(
      ({ ctx, input }) =>
        publicResultsCache(ctx.deps).read(input.planId, ctx.requestTime, async () => {
          const value = await buildResults(ctx, input.planId);
          return { adminUnitCode: value.dialogue.commune?.code ?? '', value };
        }) as ReturnType<typeof buildResults>,
    ),
};

/** The results as published, built from storage (the cache above keeps them a minute). */
async function buildResults(ctx: Context, planId: string) {
  const record = await publicPlan(ctx, planId);
  const { plan, recorded } = record;
  if (!isPlanAfterDialogue(plan.status)) dialogueNotFound();
  const known = await knownDataOfPlan(ctx, plan.id);
  const redact = createRedactor(known);
  const unit = await findAdminUnit(ctx.db, plan.adminUnitCode);
  const organisations = await listOrganisations(ctx.db, plan.adminUnitCode);
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? null;

  const [notice] = await listConclusionNotices(ctx.db, [plan.id]);
  const told = await listPublishedPetitions(ctx.db, plan.id, [...ANSWER_TOLD]);
  const now = ctx.requestTime.toISOString();
  const petitions = told.filter((p) =>
    hasActiveConsent(p.consents, 'publish-answer-redacted', now),
  );
  const answers = await listApprovedAnswers(
    ctx.db,
    petitions.map((p) => p.id),
  );
  return {
    dialogue: {
      id: plan.id,
      commune: unit ? { code: unit.code, name: unit.name } : null,
      issuer: plan.issuer.name,
      reference: formatDocumentNumber({
        ...(plan.documentNumber ? { number: plan.documentNumber } : {}),
        symbol: plan.documentSymbol,
        issuerKind: plan.issuer.kind,
      }),
      title: plan.title,
      heldOn: recorded.heldOn,
      status: plan.status,
      statusLabel: PLAN_STATUS_LABELS[plan.status],
    },
    redactionNote: `Họ tên, số điện thoại và địa chỉ của người dân đã được ẩn (${REDACTION_MARKS.name}, ${REDACTION_MARKS.phone}, ${REDACTION_MARKS.address}) theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP; chỉ công khai nội dung trả lời của người dân đã đồng ý.`,
    totals: { answered: told.length, published: petitions.length },
    notice: notice
      ? {
          reference: formatDocumentNumber({
            ...(notice.documentNumber ? { number: notice.documentNumber } : {}),
            symbol: notice.documentSymbol,
            issuerKind: plan.issuer.kind,
          }),
          issuedOn: notice.issuedOn,
          position: redact(notice.content.position),
          items: notice.content.items.map((item) => ({
            content: redact(item.content),
            responsibleOrganisation: nameOf(item.responsibleOrganisationId),
            dueOn: item.dueOn,
            source: item.source,
          })),
        }
      : null,
    answers: petitions.map((p, index) => {
      const answer = answers.find((a) => a.petitionId === p.id);
      const outcome = p.conferenceOutcome as PetitionOutcomeKind | null;
      return {
        number: index + 1,
        kindLabel: p.kind ? PETITION_KIND_LABELS[p.kind as PetitionKind] : null,
        fieldLabel: p.field ? PETITION_FIELD_LABELS[p.field as PetitionField] : null,
        content: redact(p.content),
        statusLabel: PETITION_STATUS_LABELS[p.status as PetitionStatus],
        outcomeLabel: outcome ? PETITION_OUTCOME_KIND_LABELS[outcome] : null,
        answer: answer ? redact(answer.content) : null,
        legalBasis: answer?.legalBasis ? redact(answer.legalBasis) : null,
        documentRef: answer?.documentRef ? redact(answer.documentRef) : null,
        answeredOn: p.answeredOn,
        referredTo: p.referredTo ? redact(p.referredTo) : null,
      };
    }),
  };
}
