import { appendAudit } from '@doithoai/db';
import {
  DOCX_KINDS,
  sharedDocumentRenderer,
  type DocumentFormat,
  type DocumentRenderer,
} from '@doithoai/documents';
import { Hono, type Context as HonoContext } from 'hono';
import { buildContext, type ApiDependencies, type Context } from '../context.js';
import { sessionUserOf } from './session-user.js';
import {
  extensionNoticeJob,
  petitionDocumentJob,
  planDocumentJob,
  PETITION_FILES,
  PLAN_FILES,
  PUBLIC_FILES,
  publicDocumentJob,
  supervisionReportJob,
  type DocumentJob,
} from './documents-records.js';
import { RenderedCache } from './documents-cache.js';
import { errorResponse, failureResponse, fileResponse } from './documents-response.js';
import {
  DOCUMENTS_RETRY_AFTER_SECONDS,
  FAIR_SHARE_CODES,
  FAIR_SHARE_MESSAGES,
  FairShare,
} from './documents-fair-share.js';

export interface DocumentRoutesOptions {
  clientIp: (c: HonoContext) => string;
  /** Default: the process's shared renderer (worker threads + LibreOffice). */
  renderer?: () => DocumentRenderer;
  /** Each caller's share of the document queue (default: 2 each, 12 in all). */
  fairShare?: FairShare;
}

/** The request's context as tRPC builds it: the session from the cookie, no cookie writes. */
async function contextOf(deps: ApiDependencies, c: HonoContext, ip: string): Promise<Context> {
  const user = await sessionUserOf(deps, c);
  return buildContext(deps, {
    user,
    ip,
    idempotencyKey: null,
    cookies: { setSession: () => undefined, clearSession: () => undefined },
  });
}

/** "ke-hoach.pdf" → { base: 'ke-hoach', format: 'pdf' }. */
function parseFile(file: string): { base: string; format: string } | null {
  const [, base, format] = /^([a-z-]+)\.(docx|pdf|xlsx)$/u.exec(file) ?? [];
  return base && format ? { base, format } : null;
}

/**
 * Downloads of the official documents (issue 8), next to `/trpc`:
 * - `GET /documents/capabilities` → `{ pdfAvailable }`;
 * - `GET /documents/plans/:id/<file>.<docx|pdf>` for ke-hoach (?annex=1: the computed dates as
 *   an annex), thong-bao, giay-moi (?invitee=),
 *   phieu-dang-ky, chuong-trinh, noi-quy, danh-sach-dai-bieu, danh-sach-dang-ky-phat-bieu,
 *   bien-ban, thong-bao-ket-luan, bao-cao-ket-qua and bao-cao-tien-do (?month=YYYY-MM),
 *   and `so-theo-doi-kien-nghi.xlsx`;
 * - `GET /documents/petitions/:id/<file>.<docx|pdf>`: van-ban-tra-loi, and for a petition
 *   forwarded to the competent body cong-van-chuyen-kien-nghi and thong-bao-chuyen-kien-nghi;
 * - `GET /documents/tasks/:id/thong-bao-gia-han.<docx|pdf>` (?petition=): an extended task's
 *   notice to the citizen;
 * - `GET /documents/supervision/bao-cao-giam-sat.<docx|pdf>` (?plan= or ?nam=&ky=&so=): the
 *   Front's supervision report.
 * Each loads its record with the read procedure the apps use (same session, role and commune
 * checks), renders it off the event loop, and writes an audit row when it carries personal data.
 */
export function documentRoutes(deps: ApiDependencies, options: DocumentRoutesOptions) {
  const app = new Hono();
  const renderer = options.renderer ?? sharedDocumentRenderer;

  const publicCache = new RenderedCache();
  const share = options.fairShare ?? new FairShare();

  async function send(
    c: HonoContext,
    ctx: Context,
    job: DocumentJob,
    format: DocumentFormat,
    cache?: RenderedCache,
  ) {
    const key = cache ? RenderedCache.keyOf(job.kind, format, [job.record, job.context]) : '';
    const cached = cache?.get(key);
    let rendered = cached;
    if (!rendered) {
      // A caller's fair share of the queue: refused at once when used up, or when the queue is long.
      const caller = ctx.user ? `account:${ctx.user.accountId}` : `address:${ctx.ip}`;
      const ticket = share.enter(caller);
      if (typeof ticket === 'string') {
        c.header('retry-after', String(DOCUMENTS_RETRY_AFTER_SECONDS));
        return errorResponse(c, 503, FAIR_SHARE_CODES[ticket], FAIR_SHARE_MESSAGES[ticket], {
          retryAfterSeconds: DOCUMENTS_RETRY_AFTER_SECONDS,
        });
      }
      try {
        rendered = await renderer().render(job.kind, job.record, {
          format,
          context: job.context,
        });
      } finally {
        ticket.release();
      }
    }
    if (cache && !cached) cache.set(key, rendered);
    if (job.audit && ctx.user) {
      // Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: every export of personal data is recorded.
      await appendAudit(ctx.db, {
        at: ctx.requestTime.toISOString(),
        actor: { accountId: ctx.user.accountId, role: ctx.user.role },
        adminUnitCode: job.audit.adminUnitCode,
        action: 'document.export',
        entityType: job.audit.entityType,
        entityId: job.audit.entityId,
        after: { kind: job.kind, format, bytes: rendered.bytes.length },
        reason: `Tải ${job.kind === 'petition-register' ? 'sổ theo dõi' : DOCX_KINDS[job.kind].label.toLocaleLowerCase('vi')} (${format}, có dữ liệu cá nhân)`,
        personalDataExport: true,
      });
    }
    return fileResponse(rendered, job.displayName);
  }

  app.get('/capabilities', (c) => c.json({ pdfAvailable: renderer().pdfAvailable }));

  app.get('/plans/:id/:file', async (c) => {
    const file = parseFile(c.req.param('file'));
    const target = file && Object.hasOwn(PLAN_FILES, file.base) ? PLAN_FILES[file.base] : undefined;
    if (!file || !target || !target.formats.includes(file.format as DocumentFormat))
      return errorResponse(c, 404, 'NOT_FOUND', 'Không có văn bản này.');
    const docxUrl = target.formats.includes('docx') ? c.req.path.replace(/\.pdf$/u, '.docx') : null;
    try {
      const ctx = await contextOf(deps, c, options.clientIp(c));
      const job = await planDocumentJob(ctx, c.req.param('id'), target.kind, {
        month: c.req.query('month'),
        invitee: c.req.query('invitee'),
        annex: c.req.query('annex') === '1',
      });
      return await send(c, ctx, job, file.format as DocumentFormat);
    } catch (error) {
      return failureResponse(c, error, docxUrl);
    }
  });

  // The public pages' documents (no sign-in): the notice, the registration form to print, and
  // the conclusion notice with citizens' personal data redacted.
  app.get('/public/plans/:id/:file', async (c) => {
    const file = parseFile(c.req.param('file'));
    const kind =
      file && Object.hasOwn(PUBLIC_FILES, file.base) ? PUBLIC_FILES[file.base] : undefined;
    if (!file || !kind || file.format === 'xlsx')
      return errorResponse(c, 404, 'NOT_FOUND', 'Không có văn bản này.');
    try {
      const ctx = await contextOf(deps, c, options.clientIp(c));
      const job = await publicDocumentJob(ctx, c.req.param('id'), kind);
      return await send(c, ctx, job, file.format as DocumentFormat, publicCache);
    } catch (error) {
      return failureResponse(c, error, c.req.path.replace(/\.pdf$/u, '.docx'));
    }
  });

  app.get('/petitions/:id/:file', async (c) => {
    const file = parseFile(c.req.param('file'));
    const kind =
      file && Object.hasOwn(PETITION_FILES, file.base) ? PETITION_FILES[file.base] : undefined;
    if (!file || !kind || file.format === 'xlsx')
      return errorResponse(c, 404, 'NOT_FOUND', 'Không có văn bản này.');
    try {
      const ctx = await contextOf(deps, c, options.clientIp(c));
      const job = await petitionDocumentJob(ctx, c.req.param('id'), kind);
      return await send(c, ctx, job, file.format as DocumentFormat);
    } catch (error) {
      return failureResponse(c, error, c.req.path.replace(/\.pdf$/u, '.docx'));
    }
  });

  app.get('/supervision/:file', async (c) => {
    const file = parseFile(c.req.param('file'));
    if (!file || file.base !== DOCX_KINDS['supervision-report'].fileName || file.format === 'xlsx')
      return errorResponse(c, 404, 'NOT_FOUND', 'Không có văn bản này.');
    try {
      const ctx = await contextOf(deps, c, options.clientIp(c));
      const job = await supervisionReportJob(ctx, {
        plan: c.req.query('plan'),
        year: c.req.query('nam'),
        period: c.req.query('ky'),
        index: c.req.query('so'),
      });
      return await send(c, ctx, job, file.format as DocumentFormat);
    } catch (error) {
      return failureResponse(c, error, c.req.path.replace(/\.pdf$/u, '.docx'));
    }
  });

  app.get('/tasks/:id/:file', async (c) => {
    const file = parseFile(c.req.param('file'));
    if (!file || file.base !== DOCX_KINDS['extension-notice'].fileName || file.format === 'xlsx')
      return errorResponse(c, 404, 'NOT_FOUND', 'Không có văn bản này.');
    try {
      const ctx = await contextOf(deps, c, options.clientIp(c));
      const job = await extensionNoticeJob(ctx, c.req.param('id'), c.req.query('petition'));
      return await send(c, ctx, job, file.format as DocumentFormat);
    } catch (error) {
      return failureResponse(c, error, c.req.path.replace(/\.pdf$/u, '.docx'));
    }
  });

  return app;
}
