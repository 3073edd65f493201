import type { Database, PetitionRecord } from '@doithoai/db';
import type { DomainError } from '@doithoai/domain';
import {
  domainError,
  type RegisterPetitionsBulkInput,
  RegisterPetitionsBulkInputSchema,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import { writablePlan } from './petition-access.js';
import {
  checkReplay,
  insertRegistration,
  planSchedule,
  requestHash,
  UNKNOWN_VILLAGE_MESSAGE,
  unknownVillages,
} from './petition-intake.js';
import { toPetitionView, type PetitionView } from './petition-view.js';
import { VIETNAMESE_ISSUES } from './parse-input.js';
import type { RegisterPetitionsBulkRequest } from './petitions.types.js';

/** One row of the list (numbered from 1, as on paper) and everything wrong with it. */
export interface BulkRowProblems {
  row: number;
  messages: string[];
  /** The same messages with the field each concerns (`petitioner.phone`…), for a preview's columns. */
  fields: { path: string; message: string }[];
}

/** The outcome of checking a list: the parsed input when every row is clean. */
export interface BulkCheck {
  input: RegisterPetitionsBulkInput | null;
  rows: BulkRowProblems[];
  general: string[];
}

const FIELD_LABELS: Record<string, string> = {
  petitioner: 'Người kiến nghị',
  content: 'Nội dung',
  kind: 'Loại ý kiến',
  field: 'Lĩnh vực',
  wantsToSpeak: 'Đăng ký phát biểu',
  consents: 'Sự đồng ý xử lý dữ liệu cá nhân',
};

/** zod's own (generic) messages get the field's name in front; the domain's already name it. */
function rowMessage(issue: z.core.$ZodIssue): string {
  const label = FIELD_LABELS[String(issue.path[2] ?? '')];
  return label && issue.message.startsWith('Đầu vào')
    ? `${label}: ${issue.message}`
    : issue.message;
}

function bulkRowsInvalid(rows: BulkRowProblems[], general: string[]): DomainError {
  const lines = [...general, ...rows.map((r) => `Dòng ${r.row}: ${r.messages.join(' ')}`)];
  const shown = lines.slice(0, 10).join(' ');
  const more = lines.length > 10 ? ` … và ${lines.length - 10} lỗi khác.` : '';
  return domainError('BULK_ROWS_INVALID', {
    count: rows.length,
    shown: `${shown}${more}`,
    rows,
    general,
  });
}

/**
 * Every problem of every row, before anything is saved: schema first, then the villages. The one
 * validator of lists: `registerBulk` refuses on it, the Front's import previews with it.
 *
 * @example const { rows, general } = await checkBulkRows(ctx.db, '02086', request, ctx.today);
 */
export async function checkBulkRows(
  db: Kysely<Database>,
  adminUnitCode: string,
  request: RegisterPetitionsBulkRequest,
  today: string,
): Promise<BulkCheck> {
  const parsed = RegisterPetitionsBulkInputSchema.safeParse(
    { ...request, receivedOn: request.receivedOn ?? today },
    VIETNAMESE_ISSUES,
  );
  const byRow = new Map<number, { path: string; message: string }[]>();
  const general: string[] = [];
  const add = (row: number, path: string, message: string) =>
    byRow.set(row, [...(byRow.get(row) ?? []), { path, message }]);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [head, index, ...rest] = issue.path;
    if (head === 'items' && typeof index === 'number')
      add(index + 1, rest.map(String).join('.'), rowMessage(issue));
    else general.push(issue.message);
  }
  const villageOf = (item: unknown) => {
    const id = (item as { petitioner?: { villageId?: unknown } } | null)?.petitioner?.villageId;
    return typeof id === 'string' ? id : undefined;
  };
  const unknown = await unknownVillages(db, adminUnitCode, [
    request.villageId,
    ...request.items.map(villageOf),
  ]);
  if (request.villageId && unknown.has(request.villageId))
    general.push(`Thôn, bản gửi danh sách: ${UNKNOWN_VILLAGE_MESSAGE}`);
  request.items.forEach((item, index) => {
    const id = villageOf(item);
    if (id && unknown.has(id)) add(index + 1, 'petitioner.villageId', UNKNOWN_VILLAGE_MESSAGE);
  });
  const rows = [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, fields]) => ({ row, messages: fields.map((f) => f.message), fields }));
  const clean = parsed.success && rows.length === 0 && general.length === 0;
  return { input: clean ? parsed.data : null, rows, general };
}

/** The list parsed, or BULK_ROWS_INVALID with every row's problems. */
async function validateRows(
  db: Kysely<Database>,
  adminUnitCode: string,
  request: RegisterPetitionsBulkRequest,
  today: string,
): Promise<RegisterPetitionsBulkInput> {
  const check = await checkBulkRows(db, adminUnitCode, request, today);
  if (!check.input) fail(bulkRowsInvalid(check.rows, check.general));
  return check.input;
}

/**
 * A village list or the Front's compilation, all or nothing: every row is checked first and
 * every row's problems come back with its number; only a clean list is saved, in one
 * transaction (`checkBulkRows` alone is the dry run, as the Front's import preview uses it). With an Idempotency-Key, row N is stored under "key#N", so a replay returns the
 * same petitions.
 *
 * @example const { petitions } = await registerPetitionsBulk(ctx, user, request);
 */
export async function registerPetitionsBulk(
  ctx: Context,
  user: SessionUser,
  request: RegisterPetitionsBulkRequest,
  /** A key of the caller's own (the Front's import keys a list by its file), else the header's. */
  options: { idempotencyKey?: string } = {},
): Promise<{ count: number; petitions: PetitionView[] }> {
  const key = options.idempotencyKey ?? ctx.idempotencyKey;
  const hash = key ? requestHash(request) : null;
  const plan = await writablePlan(ctx.db, user, request.planId);
  const input = await validateRows(ctx.db, plan.adminUnitCode, request, ctx.today);
  const calendar = await ctx.calendar();
  const schedule = planSchedule(calendar, plan);
  const rows = await ctx.db.transaction().execute(async (trx) => {
    const saved: PetitionRecord[] = [];
    for (const [index, item] of input.items.entries()) {
      const idempotency = key && hash ? { key: `${key}#${index + 1}`, hash } : null;
      const { row, replayed, storedHash } = await insertRegistration(
        trx,
        ctx,
        user,
        plan,
        schedule,
        {
          ...item,
          planId: input.planId,
          channel: input.channel,
          receivedOn: input.receivedOn,
          petitioner: {
            ...item.petitioner,
            villageId: item.petitioner.villageId ?? input.villageId,
          },
        },
        idempotency,
      );
      if (replayed && key) checkReplay(storedHash, hash, key);
      saved.push(row);
    }
    return saved;
  });
  return {
    count: rows.length,
    petitions: rows.map((r) => toPetitionView(r, calendar, ctx.today, user)),
  };
}
