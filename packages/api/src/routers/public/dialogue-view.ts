import type { PlanRecord } from '@doithoai/db';
import {
  computePlanSchedule,
  formatDocumentNumber,
  isPlanComing,
  PLAN_FORMAT_LABELS,
  PLAN_STATUS_LABELS,
  planScheduleInput,
  type IsoDate,
  type ScheduleEntry,
  type WorkingCalendar,
} from '@doithoai/domain';

/** A schedule line as the public pages show it: the date and the rule behind it. */
export function publicDeadline(entry: ScheduleEntry) {
  return {
    ruleId: entry.ruleId,
    label: entry.label,
    dueDate: entry.dueDate,
    source: entry.source,
    explanation: entry.explanation,
  };
}
export type PublicDeadline = ReturnType<typeof publicDeadline>;

/** The plan's schedule from its stored dates (the domain computes it; nothing is stored twice). */
export function scheduleOf(calendar: WorkingCalendar, record: PlanRecord): ScheduleEntry[] {
  const { plan, recorded } = record;
  return computePlanSchedule(
    calendar,
    planScheduleInput(
      {
        regulationProfileId: plan.regulationProfileId,
        timing: plan.timing,
        scheduleOverrides: plan.scheduleOverrides,
        issuedOn: plan.issuedOn,
      },
      {
        noticeIssuedOn: recorded.noticeIssuedOn ?? undefined,
        heldOn: recorded.heldOn ?? undefined,
        conclusionIssuedOn: recorded.conclusionIssuedOn ?? undefined,
      },
    ),
  );
}

/**
 * A dialogue as the public sees it, built field by field from an allow-list: the plan's
 * public facts (issuer, number, title, date or window, venue, format, topics) and the
 * registration cut-off with its rule — never the internal fields (tasks, recipients, comments).
 *
 * @example publicDialogue(calendar, record, communeName, today).registration.cutoff?.dueDate // '2025-12-04'
 */
export function publicDialogue(
  calendar: WorkingCalendar,
  record: PlanRecord,
  commune: { code: string; name: string },
  today: IsoDate,
) {
  const { plan, recorded } = record;
  const schedule = scheduleOf(calendar, record);
  const cutoff = schedule.find((e) => e.ruleId === 'registration-cutoff' && e.dueDate) ?? null;
  // Registration is open while the public sees the dialogue as coming.
  const open = isPlanComing(plan.status);
  return {
    id: plan.id,
    commune,
    issuer: plan.issuer.name,
    reference: formatDocumentNumber({
      ...(plan.documentNumber ? { number: plan.documentNumber } : {}),
      symbol: plan.documentSymbol,
      issuerKind: plan.issuer.kind,
    }),
    title: plan.title,
    year: plan.year,
    status: plan.status,
    statusLabel: PLAN_STATUS_LABELS[plan.status],
    timing: plan.timing ?? null,
    heldOn: recorded.heldOn,
    venue: plan.venue
      ? {
          name: plan.venue.name,
          address: plan.venue.address ?? null,
          onlineLink: plan.venue.onlineLink ?? null,
        }
      : null,
    format: plan.format,
    formatLabel: PLAN_FORMAT_LABELS[plan.format],
    topics: plan.topics.map((t) => ({ field: t.field, label: t.label })),
    registration: {
      open,
      cutoff: cutoff ? publicDeadline(cutoff) : null,
      /**
       * After the cut-off a registration is still received, kept and flagged late
       * (docs/domain.md §3).
       */
      afterCutoff: Boolean(cutoff?.dueDate && today > cutoff.dueDate),
      ways: [
        'Đăng ký trực tuyến ngay trên trang này (nhận mã tra cứu để theo dõi).',
        'Nộp Phiếu đăng ký tham gia đối thoại qua Trưởng thôn, bản hoặc Ban công tác Mặt trận ở khu dân cư.',
        'Nộp trực tiếp tại Văn phòng HĐND và UBND xã hoặc Ủy ban MTTQ Việt Nam xã.',
      ],
    },
  };
}
export type PublicDialogue = ReturnType<typeof publicDialogue>;
