import {
  findAdminUnit,
  findConclusionNotice,
  findOrganisationWithHead,
  findPlanById,
  listOrganisations,
  listVillages,
} from '@doithoai/db';
import {
  DOCX_KINDS,
  type DocumentFormat,
  type DocumentKind,
  type DocumentRecords,
  type IssuerContext,
} from '@doithoai/documents';
import {
  computePlanSchedule,
  domainError,
  planDocumentAvailability,
  formatDocumentNumber,
  isPartyIssuer,
  type Plan,
  type PublicationChannel,
  type Signer,
  VillageKindSchema,
  villageDisplayName,
  vietnamDateAt,
} from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
import type { Context } from '../context.js';
import { toTrpcError } from '../errors.js';
import { appRouter } from '../root.js';
import { createCallerFactory } from '../trpc.js';
import { scheduleInputOf } from '../routers/plans/plans-view.js';

const createCaller = createCallerFactory(appRouter);
export type ApiCaller = ReturnType<typeof createCaller>;
export const callerFor = (ctx: Context): ApiCaller => createCaller(ctx);

/** What a download needs: the kind, the record, the names, and the audit row if any. */
export interface DocumentJob<K extends DocumentKind = DocumentKind> {
  kind: K;
  record: DocumentRecords[K];
  context: IssuerContext;
  /** The Vietnamese file name without extension: "Kế hoạch 215-KH-UBND". */
  displayName: string;
  /** Set when the file carries personal data (names, addresses of citizens). */
  audit?: { entityType: 'plan' | 'petition'; entityId: string; adminUnitCode: string };
}

/** The file names a plan's documents are served under, and the formats each allows. */
export const PLAN_FILES: Record<
  string,
  { kind: DocumentKind; formats: readonly DocumentFormat[] }
> = {
  ...Object.fromEntries(
    (Object.keys(DOCX_KINDS) as (keyof typeof DOCX_KINDS)[])
      .filter((kind) => !('per' in DOCX_KINDS[kind]))
      .map((kind) => [DOCX_KINDS[kind].fileName, { kind, formats: ['docx', 'pdf'] as const }]),
  ),
  'so-theo-doi-kien-nghi': { kind: 'petition-register', formats: ['xlsx'] },
};

const notFound = (reason: string) => toTrpcError(domainError('DOCUMENT_NOT_AVAILABLE', { reason }));

/**
 * HD 36 Mục II.1.2 prints the upper committee above a Party issuer ("ĐẢNG BỘ TỈNH THÁI NGUYÊN"):
 * read from the issuer's unit and its province. State issuers of a commune have no chủ quản line.
 * Every plan's province is given too: the results report is sent to its Party committee or
 * People's Committee by name (issue 16).
 */
async function issuerContext(ctx: Context, plan: Plan): Promise<IssuerContext> {
  const unit = await findAdminUnit(ctx.db, plan.issuer.adminUnitCode);
  const province = unit?.parentCode ? await findAdminUnit(ctx.db, unit.parentCode) : unit;
  if (!province || province.level !== 'province') return {};
  const city = province.kind === 'municipality' || province.kind === 'thành phố';
  const name = province.name.replace(/^(Tỉnh|Thành phố) /u, '');
  const context: IssuerContext = {
    province: { name, kind: city ? 'municipality' : 'province' },
  };
  if (isPartyIssuer(plan.issuer.kind) && plan.issuer.kind !== 'provincial-party-committee')
    context.upperIssuer = `Đảng bộ ${city ? 'thành phố' : 'tỉnh'} ${name}`;
  return context;
}

/** The commune's Fatherland Front, named in a written answer's Nơi nhận (seed 004 §IV.5). */
async function frontOf(ctx: Context, adminUnitCode: string): Promise<string | undefined> {
  const organisations = await listOrganisations(ctx.db, adminUnitCode);
  return organisations.find((o) => o.kind === 'fatherland-front')?.name;
}

function displayName(label: string, plan: Plan): string {
  const number =
    plan.documentNumber === undefined
      ? `${plan.year}`
      : formatDocumentNumber({
          number: plan.documentNumber,
          symbol: plan.documentSymbol,
          issuerKind: plan.issuer.kind,
        }).replaceAll('/', '-');
  return `${label} ${number} ${plan.issuer.name}`.replace(/\s+/gu, ' ').trim();
}

/** The commune's villages as people write them ("Thôn Nà Luông", "Bản Mỳ"), by id. */
async function villagesOf(ctx: Context, adminUnitCode: string) {
  const villages = await listVillages(ctx.db, adminUnitCode);
  return villages.map((v) => {
    const kind = VillageKindSchema.safeParse(v.kind);
    return {
      id: v.id,
      name: kind.success ? villageDisplayName({ ...v, kind: kind.data }) : v.name,
    };
  });
}

/**
 * The citizens registered to speak, in the speaking order `conference.get` computes (a department
 * reads only its body's, as in the minutes), with village and field from `petitions.list` — the
 * same readers; `petitionForReader` has already left out the phone and address.
 */
async function registeredSpeakers(ctx: Context, api: ApiCaller, planId: string, unit: string) {
  const conference = await api.conference.get({ planId });
  const facts = new Map<string, { villageId: string | null; field: string | null }>();
  let cursor: string | undefined;
  do {
    const page = await api.petitions.list({ planId, limit: 200, ...(cursor ? { cursor } : {}) });
    for (const p of page.items) facts.set(p.id, { villageId: p.villageId, field: p.field });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const villages = new Map((await villagesOf(ctx, unit)).map((v) => [v.id, v.name]));
  return conference.speakingOrder.map((s) => {
    const fact = facts.get(s.petitionId);
    return {
      fullName: s.speakerName,
      village: (fact?.villageId && villages.get(fact.villageId)) || null,
      field: fact?.field ?? null,
      content: s.content,
    };
  });
}

/** "YYYY-MM" from the query, else this month in Vietnam. */
const monthOf = (ctx: Context, month: string | undefined) => month ?? ctx.today.slice(0, 7);

/**
 * Loads a plan's document through the same read procedures the apps call — so the session, the
 * role and the commune are checked exactly as for the screen that shows it.
 */
export async function planDocumentJob(
  ctx: Context,
  planId: string,
  kind: DocumentKind,
  query: { month?: string; invitee?: string; annex?: boolean },
): Promise<DocumentJob> {
  const api = callerFor(ctx);
  if (kind === 'petition-register') {
    // reports.register writes its own personal-data export row to the audit trail.
    const register = await api.reports.register({ planId });
    return {
      kind,
      record: register,
      context: {},
      displayName: `Sổ theo dõi kiến nghị ${register.plan.title}`.slice(0, 120),
    };
  }
  const view = await api.plans.get({ id: planId });
  const { plan } = view;
  const context = await issuerContext(ctx, plan);
  const label = DOCX_KINDS[kind].label;
  const name = displayName(label, plan);
  const audit = {
    entityType: 'plan' as const,
    entityId: plan.id,
    adminUnitCode: plan.adminUnitCode,
  };
  switch (kind) {
    case 'plan':
      return {
        kind,
        record: { plan, schedule: view.schedule, scheduleAnnex: query.annex === true },
        context,
        displayName: name,
      };
    case 'registration-form':
      return { kind, record: { plan, schedule: view.schedule }, context, displayName: name };
    case 'programme':
    case 'meeting-rules':
      return { kind, record: { plan }, context, displayName: name };
    case 'delegate-list':
      return {
        kind,
        record: { plan, villages: await villagesOf(ctx, plan.adminUnitCode) },
        context,
        displayName: name,
      };
    case 'speaker-list': {
      const speakers = await registeredSpeakers(ctx, api, planId, plan.adminUnitCode);
      // The citizens' names: a personal-data export, as the minutes.
      return { kind, record: { plan, speakers }, context, displayName: name, audit };
    }
    case 'public-notice':
      return {
        kind,
        record: {
          plan,
          schedule: view.schedule,
          notice: { issuedOn: view.recorded.noticeIssuedOn ?? null },
        },
        context,
        displayName: name,
      };
    case 'invitation':
      return {
        kind,
        record: { plan, invitee: query.invitee?.slice(0, 300) },
        context,
        displayName: name,
      };
    case 'minutes': {
      const conference = await api.conference.get({ planId });
      // Before the dialogue there is nothing to record: no empty minutes (issue 18).
      const minutes = planDocumentAvailability({
        status: plan.status,
        approved: plan.documentNumber !== undefined,
        conferenceStarted: Boolean(conference.startedAt),
        conclusionIssued: Boolean(view.recorded.conclusionIssuedOn),
      }).minutes;
      if (!minutes.available) throw notFound(minutes.reason);
      // The speakers' names: a personal-data export.
      return { kind, record: { plan, conference }, context, displayName: name, audit };
    }
    case 'conclusion': {
      const notice = await api.followUp.conclusion({ planId });
      if (!notice) throw notFound('Chưa ban hành thông báo kết luận của cuộc đối thoại này');
      return {
        kind,
        record: { plan, heldOn: view.recorded.heldOn ?? null, notice },
        context,
        displayName: name,
      };
    }
    case 'monthly-progress': {
      const progress = await api.reports.monthlyProgress({
        planId,
        month: monthOf(ctx, query.month),
      });
      return {
        kind,
        record: { plan, progress },
        context,
        displayName: `${label} ${progress.month} ${plan.issuer.name}`,
      };
    }
    case 'results-report': {
      const conclusion = await api.followUp.conclusion({ planId });
      const progress = await api.reports
        .monthlyProgress({ planId, month: monthOf(ctx, query.month) })
        .catch((error: unknown) => {
          // A month not started yet (or a reader without the report) leaves the figures out.
          if (error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR') return null;
          throw error;
        });
      const findings = await api.supervision.list({ planId }).catch(() => null);
      // The minutes' counts, so the report cannot contradict them (issue 16).
      const conference = await api.conference.get({ planId }).catch(() => null);
      const outcomes: Record<string, number> = {};
      for (const speaker of conference?.speakingOrder ?? [])
        if (speaker.conferenceOutcome)
          outcomes[speaker.conferenceOutcome] = (outcomes[speaker.conferenceOutcome] ?? 0) + 1;
      return {
        kind,
        record: {
          plan,
          heldOn: view.recorded.heldOn ?? null,
          conclusion,
          progress,
          findings: findings
            ? {
                total: findings.length,
                escalated: findings.filter((f) => f.kind === 'escalated-to-secretary').length,
              }
            : undefined,
          conference: conference
            ? {
                attendance: conference.attendance,
                speakers: conference.speakingOrder.length,
                outcomes,
              }
            : undefined,
        },
        context,
        displayName: name,
      };
    }
    case 'written-answer':
    case 'referral-letter':
    case 'referral-notice':
      throw notFound('Văn bản này được tải theo từng kiến nghị');
    case 'extension-notice':
      throw notFound('Thông báo gia hạn được tải theo từng việc được giao');
    case 'supervision-report':
      throw notFound('Báo cáo giám sát được tải tại /documents/supervision/bao-cao-giam-sat');
  }
}

/** The documents of one petition (`/documents/petitions/:id/<file>`). */
export const PETITION_FILES: Record<
  string,
  'written-answer' | 'referral-letter' | 'referral-notice'
> = {
  [DOCX_KINDS['written-answer'].fileName]: 'written-answer',
  [DOCX_KINDS['referral-letter'].fileName]: 'referral-letter',
  [DOCX_KINDS['referral-notice'].fileName]: 'referral-notice',
};

/** The audit row of a document that names a citizen. */
const petitionAudit = (petition: { id: string; adminUnitCode: string }) => ({
  entityType: 'petition' as const,
  entityId: petition.id,
  adminUnitCode: petition.adminUnitCode,
});

/** A petition's document: the written answer, or the letter and notice that forward it. */
export async function petitionDocumentJob(
  ctx: Context,
  petitionId: string,
  kind: (typeof PETITION_FILES)[string],
): Promise<DocumentJob> {
  if (kind === 'written-answer') return writtenAnswerJob(ctx, petitionId);
  const api = callerFor(ctx);
  const detail = await api.petitions.get({ id: petitionId });
  const { petition } = detail;
  // Seed 002 §4.3 / seed 004 §II.3: only a petition forwarded to the competent level has them.
  if (!petition.referredTo || petition.competence !== 'upper-level')
    throw notFound('Kiến nghị này chưa được chuyển đến cơ quan có thẩm quyền');
  const view = await api.plans.get({ id: petition.planId });
  return {
    kind,
    record: {
      plan: view.plan,
      heldOn: view.recorded.heldOn ?? null,
      petition: {
        trackingCode: petition.trackingCode,
        fullName: petition.fullName,
        address: petition.address ?? null,
        content: petition.content,
        receivedOn: petition.receivedOn,
        referredTo: petition.referredTo,
        raisedAtConference: petition.conferenceOutcome === 'forwarded-upward',
      },
      front: await frontOf(ctx, petition.adminUnitCode),
    },
    context: await issuerContext(ctx, view.plan),
    displayName: `${DOCX_KINDS[kind].label} ${petition.trackingCode}`,
    audit: petitionAudit(petition),
  };
}

/** The body a petition is assigned to, as the letters to the citizen print it (issue 16). */
async function answeringBodyOf(
  ctx: Context,
  body: { name: string; kind: string; headName?: string | null } | null | undefined,
  adminUnitCode: string,
) {
  if (!body || body.kind === 'peoples-committee' || body.kind === 'party-committee') return null;
  const commune = await findAdminUnit(ctx.db, adminUnitCode);
  return {
    name: body.name,
    kind: 'department' as const,
    organisationKind: body.kind,
    signer: body.headName ? { name: body.headName } : null,
    // NĐ 30 Mục II.2: a body of the commune prints its People's Committee above its name.
    upperIssuer: commune ? `Ủy ban nhân dân ${commune.kind ?? 'xã'} ${commune.name}` : undefined,
  };
}

/**
 * The notice telling a citizen that the answer needs more time (seed 004 §II.4), for a follow-up
 * task that was extended and answers a petition: its latest extension, the petition it answers
 * (its own, or `?petition=` among the conclusion item's), issued by the body that answers.
 */
export async function extensionNoticeJob(
  ctx: Context,
  taskId: string,
  petitionId: string | undefined,
): Promise<DocumentJob> {
  const api = callerFor(ctx);
  const detail = await api.followUp.get({ id: taskId });
  const extension = detail.extensions.at(-1);
  if (!extension) throw notFound('Việc này chưa được gia hạn');
  let target = detail.task.petitionId;
  if (!target) {
    const notice = await api.followUp.conclusion({ planId: detail.task.planId });
    const item = notice?.items.find((i) => i.id === detail.task.conclusionItemId);
    const related = item?.relatedPetitionIds ?? [];
    target = petitionId && related.includes(petitionId) ? petitionId : (related[0] ?? null);
  }
  if (!target) throw notFound('Việc này không gắn với kiến nghị của công dân');
  const { petition, assignedOrganisation } = await api.petitions.get({ id: target });
  const view = await api.plans.get({ id: detail.task.planId });
  return {
    kind: 'extension-notice',
    record: {
      plan: view.plan,
      heldOn: view.recorded.heldOn ?? null,
      petition: {
        fullName: petition.fullName,
        address: petition.address ?? null,
        content: petition.content,
        receivedOn: petition.receivedOn,
      },
      extension: {
        previousDueOn: extension.previousDueOn,
        newDueOn: extension.newDueOn,
        reason: extension.reason,
        decidedOn: vietnamDateAt(new Date(extension.decidedAt)),
      },
      answeringBody: await answeringBodyOf(ctx, assignedOrganisation, petition.adminUnitCode),
      front: await frontOf(ctx, petition.adminUnitCode),
    },
    context: await issuerContext(ctx, view.plan),
    displayName: `${DOCX_KINDS['extension-notice'].label} ${petition.trackingCode}`,
    audit: petitionAudit(petition),
  };
}

/** The written answer to one petition: its approved written answer, else 404. */
export async function writtenAnswerJob(ctx: Context, petitionId: string): Promise<DocumentJob> {
  const api = callerFor(ctx);
  const detail = await api.petitions.get({ id: petitionId });
  const answer = [...detail.answers]
    .reverse()
    .find((a) => a.stage === 'written' && a.status === 'approved');
  if (!answer) throw notFound('Kiến nghị này chưa có văn bản trả lời được duyệt');
  const { plan } = await api.plans.get({ id: detail.petition.planId });
  // The body the petition is assigned to issues and signs the answer (issue 16); the plan's
  // issuer when none is, or when it is the issuer itself.
  const answeringBody = await answeringBodyOf(
    ctx,
    detail.assignedOrganisation,
    detail.petition.adminUnitCode,
  );
  return {
    kind: 'written-answer',
    record: {
      plan,
      // A reader who does not answer the citizen (the Front) gets no address (issue 17).
      petition: { ...detail.petition, address: detail.petition.address ?? null },
      answer,
      answeringBody,
      front: await frontOf(ctx, detail.petition.adminUnitCode),
    },
    context: await issuerContext(ctx, plan),
    displayName: `Văn bản trả lời ${detail.petition.trackingCode}`,
    audit: {
      entityType: 'petition',
      entityId: detail.petition.id,
      adminUnitCode: detail.petition.adminUnitCode,
    },
  };
}

/** The documents the public pages offer (no sign-in): nothing in them names a citizen. */
export const PUBLIC_FILES: Record<string, DocumentKind> = {
  'thong-bao': 'public-notice',
  'phieu-dang-ky': 'registration-form',
  'thong-bao-ket-luan': 'conclusion',
};

/**
 * A public document of a published dialogue, read through the public procedures (they refuse
 * a plan that is not public as not found). The conclusion notice's position and assignments
 * come from `public.results`, already passed through the domain's `redactPersonalData`
 * against every petitioner of the dialogue; the signer and number are the office's own.
 */
export async function publicDocumentJob(
  ctx: Context,
  planId: string,
  kind: DocumentKind,
): Promise<DocumentJob> {
  const api = callerFor(ctx);
  await api.public.dialogue({ planId });
  // public.dialogue found it just above: missing now, it was never published.
  const record = await findPlanById(ctx.db, planId);
  if (!record) throw notFound('Kỳ đối thoại này chưa được thông báo công khai');
  const { plan } = record;
  const context = await issuerContext(ctx, plan);
  const name = displayName(
    kind === 'conclusion' ? 'Thông báo kết luận' : DOCX_KINDS[kind as 'plan'].label,
    plan,
  );
  if (kind === 'conclusion') {
    const results = await api.public.results({ planId });
    const stored = await findConclusionNotice(ctx.db, planId);
    if (!results.notice || !stored)
      throw notFound('Chưa công bố thông báo kết luận của cuộc đối thoại này');
    const redacted = results.notice;
    return {
      kind,
      record: {
        plan,
        heldOn: record.recorded.heldOn ?? null,
        notice: {
          documentNumber: stored.documentNumber,
          documentSymbol: stored.documentSymbol,
          issuedOn: stored.issuedOn,
          position: redacted.position,
          signer: (stored.content.signer ?? null) as Signer | null,
          publishedVia: stored.content.publishedVia as PublicationChannel[],
          items: redacted.items.map((item) => ({
            content: item.content,
            dueOn: item.dueOn ?? null,
            responsibleOrganisation: { name: item.responsibleOrganisation ?? '' },
          })),
        },
      },
      context,
      displayName: name,
    };
  }
  const schedule = computePlanSchedule(await ctx.calendar(), scheduleInputOf(record));
  if (kind === 'registration-form')
    return { kind, record: { plan, schedule }, context, displayName: name };
  return {
    kind: 'public-notice',
    record: { plan, schedule, notice: { issuedOn: record.recorded.noticeIssuedOn ?? null } },
    context,
    displayName: name,
  };
}

/**
 * The Front's supervision report (issue 16) of one dialogue (`?plan=`) or of a period (`?nam=`,
 * `?ky=`, `?so=`), from `supervision.report` — the same figures as the Front's printable page —
 * issued by the commune's Front under its own header, signed by its chair when the account is
 * known.
 */
export async function supervisionReportJob(
  ctx: Context,
  query: { plan?: string; year?: string; period?: string; index?: string },
): Promise<DocumentJob> {
  const api = callerFor(ctx);
  const report = await api.supervision.report(
    query.plan
      ? { planId: query.plan }
      : {
          period: {
            year: Number(query.year),
            period: query.period as 'quarter',
            index: Number(query.index ?? 1),
          },
        },
  );
  // The caller is signed in (the procedure above refused a visitor).
  const adminUnitCode = ctx.user?.adminUnitCode ?? '';
  const commune = await findAdminUnit(ctx.db, adminUnitCode);
  const organisation = (await listOrganisations(ctx.db, adminUnitCode)).find(
    (o) => o.kind === 'fatherland-front',
  );
  const head = organisation ? await findOrganisationWithHead(ctx.db, organisation.id) : undefined;
  const communeKind = commune?.kind ?? 'xã';
  const communeName = commune?.name ?? '';
  return {
    kind: 'supervision-report',
    record: {
      front: {
        name: organisation?.name ?? `Ủy ban MTTQ Việt Nam ${communeKind} ${communeName}`,
        chairName: head?.headName ?? null,
      },
      commune: { kind: communeKind, name: communeName },
      report,
    },
    context: {},
    displayName:
      `${DOCX_KINDS['supervision-report'].label} ${report.scope.plan ? report.scope.plan.title : (report.scope.period?.label ?? '')}`.slice(
        0,
        120,
      ),
    ...(query.plan
      ? { audit: { entityType: 'plan' as const, entityId: query.plan, adminUnitCode } }
      : {}),
  };
}
