import type { PlanDocumentKind } from '@doithoai/domain';

/** The formats a download is offered in. */
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx';

/** One document to download: its label, its path without the extension, its formats. */
export interface DocumentLink {
  label: string;
  /** "/documents/plans/<id>/ke-hoach" — the server adds the format as the extension. */
  path: string;
  formats: readonly DocumentFormat[];
  /** Extra query (e.g. `?month=2026-01`). */
  query?: string;
  /** Shown next to the link: the file carries personal data and its download is recorded. */
  personalData?: boolean;
  /** The dialogue document it is (`planDocumentAvailability`): the server says if it exists yet. */
  kind?: PlanDocumentKind;
}

/** What the server says of each dialogue document (`plans.get` → `documents`). */
export type DocumentAvailabilityMap = Partial<
  Record<PlanDocumentKind, { available: boolean; reason: string | null }>
>;

export const DOCUMENT_FORMAT_LABELS = {
  docx: 'Word',
  pdf: 'PDF',
  xlsx: 'Excel',
} as const satisfies Record<DocumentFormat, string>;

/** The href of one format of a link. */
export const documentHref = (link: DocumentLink, format: DocumentFormat) =>
  `${link.path}.${format}${link.query ?? ''}`;

const WORD_AND_PDF = ['docx', 'pdf'] as const;

/**
 * The documents of one dialogue, as the server's `/documents/plans/:id/…` routes serve them
 * (packages/api/src/http/documents.ts). `month` picks the monthly report's month ("YYYY-MM").
 *
 * @example planDocumentLinks('plan-1').map((l) => l.label)[0] // 'Kế hoạch'
 */
export function planDocumentLinks(
  planId: string,
  options: { month?: string } = {},
): DocumentLink[] {
  const base = `/documents/plans/${encodeURIComponent(planId)}`;
  const month = options.month ? `?month=${encodeURIComponent(options.month)}` : '';
  return [
    { label: 'Kế hoạch', path: `${base}/ke-hoach`, formats: WORD_AND_PDF, kind: 'plan' },
    {
      label: 'Thông báo tổ chức đối thoại',
      path: `${base}/thong-bao`,
      formats: WORD_AND_PDF,
      kind: 'public-notice',
    },
    { label: 'Giấy mời', path: `${base}/giay-moi`, formats: WORD_AND_PDF, kind: 'invitation' },
    {
      label: 'Phiếu đăng ký tham gia đối thoại',
      path: `${base}/phieu-dang-ky`,
      formats: WORD_AND_PDF,
      kind: 'registration-form',
    },
    { label: 'Chương trình hội nghị', path: `${base}/chuong-trinh`, formats: WORD_AND_PDF },
    { label: 'Nội quy hội nghị', path: `${base}/noi-quy`, formats: WORD_AND_PDF },
    {
      label: 'Danh sách đại biểu (ký tên)',
      path: `${base}/danh-sach-dai-bieu`,
      formats: WORD_AND_PDF,
    },
    {
      label: 'Danh sách công dân đăng ký phát biểu',
      path: `${base}/danh-sach-dang-ky-phat-bieu`,
      formats: WORD_AND_PDF,
      personalData: true,
    },
    {
      label: 'Biên bản hội nghị',
      path: `${base}/bien-ban`,
      formats: WORD_AND_PDF,
      personalData: true,
      kind: 'minutes',
    },
    {
      label: 'Thông báo kết luận',
      path: `${base}/thong-bao-ket-luan`,
      formats: WORD_AND_PDF,
      kind: 'conclusion',
    },
    {
      label: 'Báo cáo kết quả',
      path: `${base}/bao-cao-ket-qua`,
      formats: WORD_AND_PDF,
      query: month,
      kind: 'results-report',
    },
    {
      label: 'Báo cáo tiến độ hằng tháng',
      path: `${base}/bao-cao-tien-do`,
      formats: WORD_AND_PDF,
      query: month,
      kind: 'monthly-progress',
    },
    {
      label: 'Sổ theo dõi kiến nghị',
      path: `${base}/so-theo-doi-kien-nghi`,
      formats: ['xlsx'],
      personalData: true,
      kind: 'register',
    },
  ];
}

/** The written answer to one petition. */
export function writtenAnswerLink(petitionId: string): DocumentLink {
  return {
    label: 'Văn bản trả lời',
    path: `/documents/petitions/${encodeURIComponent(petitionId)}/van-ban-tra-loi`,
    formats: WORD_AND_PDF,
    personalData: true,
  };
}

/**
 * A petition forwarded to the competent body (seed 002 §4.3): the letter that sends it and the
 * notice telling the citizen.
 */
export function referralLinks(petitionId: string): DocumentLink[] {
  const base = `/documents/petitions/${encodeURIComponent(petitionId)}`;
  return [
    {
      label: 'Công văn chuyển kiến nghị',
      path: `${base}/cong-van-chuyen-kien-nghi`,
      formats: WORD_AND_PDF,
      personalData: true,
    },
    {
      label: 'Thông báo cho công dân về việc chuyển kiến nghị',
      path: `${base}/thong-bao-chuyen-kien-nghi`,
      formats: WORD_AND_PDF,
      personalData: true,
    },
  ];
}

/** The notice telling the citizen that an extended task's answer needs more time (seed 004 §II.4). */
export function extensionNoticeLink(taskId: string): DocumentLink {
  return {
    label: 'Thông báo gia hạn trả lời cho công dân',
    path: `/documents/tasks/${encodeURIComponent(taskId)}/thong-bao-gia-han`,
    formats: WORD_AND_PDF,
    personalData: true,
  };
}

/**
 * The Front's supervision report as an official document (issue 16), of one dialogue or of a
 * reporting period — the same figures as the printable page.
 */
export function supervisionReportLink(
  scope: { planId: string } | { year: number; period: string; index: number },
): DocumentLink {
  const query =
    'planId' in scope
      ? `?plan=${encodeURIComponent(scope.planId)}`
      : `?nam=${scope.year}&ky=${encodeURIComponent(scope.period)}&so=${scope.index}`;
  return {
    label: 'Báo cáo kết quả giám sát (văn bản)',
    path: '/documents/supervision/bao-cao-giam-sat',
    formats: WORD_AND_PDF,
    query,
  };
}

/**
 * What the public pages offer without sign-in (`/documents/public/plans/:id/…`): the notice and
 * the registration form to print before the dialogue, the conclusion notice (redacted) after it.
 *
 * @example publicDocumentLinks('plan-1', 'after').map((l) => l.label) // ['Thông báo kết luận']
 */
export function publicDocumentLinks(planId: string, when: 'before' | 'after'): DocumentLink[] {
  const base = `/documents/public/plans/${encodeURIComponent(planId)}`;
  return when === 'before'
    ? [
        {
          label: 'Thông báo tổ chức đối thoại',
          path: `${base}/thong-bao`,
          formats: WORD_AND_PDF,
          kind: 'public-notice',
        },
        {
          label: 'Phiếu đăng ký tham gia đối thoại (để in, điền tay)',
          path: `${base}/phieu-dang-ky`,
          formats: WORD_AND_PDF,
        },
      ]
    : [{ label: 'Thông báo kết luận', path: `${base}/thong-bao-ket-luan`, formats: WORD_AND_PDF }];
}
