import { createHash } from 'node:crypto';
import {
  countRegistrationsByVillage,
  findPetitionByIdempotencyKey,
  type PetitionRecord,
} from '@doithoai/db';
import {
  parseVillageList,
  villageListColumnHeader,
  type VillageListFormat,
  type VillageListRow,
} from '@doithoai/documents';
import {
  type ConsentGrant,
  domainError,
  quotaRefusal,
  quotaTally,
  type QuotaTally,
  VILLAGE_QUOTA_CHANNELS,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import { writablePlan } from '../petitions/petition-access.js';
import { checkBulkRows, registerPetitionsBulk } from '../petitions/petition-bulk-intake.js';
import { toPetitionView } from '../petitions/petition-view.js';
import type { RegisterPetitionsBulkRequest } from '../petitions/petitions.types.js';
import { planVillage, villageQuotas } from './collection-plan.js';
import type { VillageListFile } from './collection.types.js';

/** A problem of one cell, one row or the whole file (row and column null). */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/** One row as read, with its problems: what the preview table shows. */
export interface PreviewRow {
  row: number;
  fullName: string;
  phone: string | null;
  address: string | null;
  content: string;
  wantsToSpeak: boolean;
  consent: boolean;
  problems: { column: string | null; message: string }[];
}

export interface ImportPreview {
  fileName: string;
  village: { id: string; name: string };
  /** The same file was imported before: importing again changes nothing. */
  alreadyImported: boolean;
  valid: boolean;
  count: number;
  quota: QuotaTally;
  rows: PreviewRow[];
  /** Problems of the whole file (a missing column, the quota). */
  general: string[];
  problemCount: number;
}

/** The intake's field paths → the template's columns. */
const COLUMN_OF_PATH: Record<string, Parameters<typeof villageListColumnHeader>[0]> = {
  'petitioner.fullName': 'fullName',
  'petitioner.phone': 'phone',
  'petitioner.address': 'address',
  'petitioner.organisationName': 'organisationName',
  content: 'content',
  kind: 'kind',
  field: 'field',
  wantsToSpeak: 'wantsToSpeak',
  consents: 'consent',
};
const columnOfPath = (path: string): string | null => {
  const key = COLUMN_OF_PATH[path] ?? COLUMN_OF_PATH[path.split('.').slice(0, 2).join('.')];
  return key ? villageListColumnHeader(key) : null;
};

function formatOf(fileName: string): VillageListFormat {
  const extension = /\.([a-z]+)$/iu.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'csv') return extension;
  fail(domainError('FILE_FORMAT_UNSUPPORTED', { fileName }));
}

/**
 * The consents a citizen gave by signing the paper form: to have the petition handled, and to be
 * phoned when they left a number (Luật 91/2025/QH15: one consent per purpose). Dated the day the
 * list was received, so the same file always gives the same request.
 */
function paperConsents(
  row: VillageListRow,
  receivedOn: string,
  recordedBy: string,
): ConsentGrant[] {
  if (!row.consent) return [];
  const givenAt = new Date(`${receivedOn}T00:00:00+07:00`).toISOString();
  const purposes = row.phone
    ? (['handle-petition', 'contact-by-phone'] as const)
    : (['handle-petition'] as const);
  return purposes.map((purpose) => ({ purpose, givenAt, channel: 'paper-form', recordedBy }));
}

/** Everything about a file, read and checked, nothing saved. */
async function readFile(ctx: Context, user: SessionUser, file: VillageListFile) {
  const plan = await writablePlan(ctx.db, user, file.planId);
  const village = await planVillage(ctx, plan, file.villageId);
  const format = formatOf(file.fileName);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  const parsed = await parseVillageList(new Uint8Array(bytes), format);
  // The list is keyed by what it says, not by its bytes: Excel rewrites a file's timestamps on
  // every save, and the same rows saved again are still the same list (rows stored as key#N).
  const digest = createHash('sha256')
    .update(JSON.stringify(parsed.rows))
    .digest('hex')
    .slice(0, 32);
  const key = `village-list:${village.id}:${digest}`;
  const receivedOn = file.receivedOn ?? ctx.today;
  const request: RegisterPetitionsBulkRequest = {
    planId: plan.id,
    channel: 'village-paper-form',
    villageId: village.id,
    receivedOn,
    items: parsed.rows.map((row) => ({
      petitioner: {
        fullName: row.fullName ?? '',
        ...(row.phone ? { phone: row.phone } : {}),
        ...(row.address ? { address: row.address } : {}),
        ...(row.organisationName ? { organisationName: row.organisationName } : {}),
      },
      content: row.content ?? '',
      kind: row.kind ?? 'request',
      ...(row.field ? { field: row.field } : {}),
      wantsToSpeak: row.wantsToSpeak,
      consents: paperConsents(row, receivedOn, user.accountId),
    })),
  };
  const firstStored = await findPetitionByIdempotencyKey(ctx.db, plan.adminUnitCode, `${key}#1`);
  const { quotaOf } = await villageQuotas(ctx, plan);
  const counts = await countRegistrationsByVillage(ctx.db, plan.id, VILLAGE_QUOTA_CHANNELS);
  const tally = quotaTally(
    quotaOf(village.id),
    counts.find((c) => c.villageId === village.id)?.withinQuotaChannels ?? 0,
  );
  const check =
    parsed.rows.length > 0
      ? await checkBulkRows(ctx.db, plan.adminUnitCode, request, ctx.today)
      : { input: null, rows: [], general: [] };
  const general = [
    ...parsed.problems.filter((p) => p.row === null).map((p) => p.message),
    ...check.general,
  ];
  const refusal = firstStored ? null : quotaRefusal(tally, parsed.rows.length, village.name);
  if (refusal) general.push(refusal.message);
  const rows: PreviewRow[] = parsed.rows.map((row, index) => ({
    row: row.sourceRow,
    fullName: row.fullName ?? '',
    phone: row.phone ?? null,
    address: row.address ?? null,
    content: row.content ?? '',
    wantsToSpeak: row.wantsToSpeak,
    consent: row.consent,
    problems: [
      ...parsed.problems
        .filter((p) => p.row === row.sourceRow)
        .map((p) => ({ column: p.column, message: p.message })),
      ...(check.rows
        .find((r) => r.row === index + 1)
        ?.fields.map((f) => ({ column: columnOfPath(f.path), message: f.message })) ?? []),
    ],
  }));
  const problemCount = general.length + rows.reduce((sum, r) => sum + r.problems.length, 0);
  const preview: ImportPreview = {
    fileName: file.fileName,
    village: { id: village.id, name: village.name },
    alreadyImported: firstStored !== undefined,
    valid: problemCount === 0,
    count: parsed.rows.length,
    quota: tally,
    rows,
    general,
    problemCount,
  };
  return { preview, request, key, plan };
}

/**
 * The preview: every row as read and every problem with its row and column, nothing saved.
 *
 * @example const preview = await previewVillageList(ctx, user, file); preview.valid
 */
export async function previewVillageList(
  ctx: Context,
  user: SessionUser,
  file: VillageListFile,
): Promise<ImportPreview> {
  return (await readFile(ctx, user, file)).preview;
}

/** The petitions a list stored before, in its order. */
async function storedRows(ctx: Context, adminUnitCode: string, key: string, count: number) {
  const rows: PetitionRecord[] = [];
  for (let n = 1; n <= count; n += 1) {
    const stored = await findPetitionByIdempotencyKey(ctx.db, adminUnitCode, `${key}#${n}`);
    if (stored) rows.push(stored.petition);
  }
  return rows;
}

/**
 * Imports a village's list all or nothing: one problem anywhere (a row, the file, the quota) and
 * nothing is saved (VILLAGE_LIST_INVALID, every problem in `details.problems`). The same file
 * again returns what the first import stored.
 *
 * @example const { count, replayed } = await importVillageList(ctx, user, file);
 */
export async function importVillageList(ctx: Context, user: SessionUser, file: VillageListFile) {
  const { preview, request, key, plan } = await readFile(ctx, user, file);
  const calendar = await ctx.calendar();
  if (preview.alreadyImported) {
    const rows = await storedRows(ctx, plan.adminUnitCode, key, preview.count);
    return {
      replayed: true,
      count: rows.length,
      petitions: rows.map((r) => toPetitionView(r, calendar, ctx.today, user)),
    };
  }
  if (!preview.valid) {
    const problems: ImportProblem[] = [
      ...preview.general.map((message) => ({ row: null, column: null, message })),
      ...preview.rows.flatMap((r) => r.problems.map((p) => ({ row: r.row, ...p }))),
    ];
    const first = problems
      .slice(0, 3)
      .map(
        (p) => (p.row ? `Dòng ${p.row}${p.column ? `, cột «${p.column}»` : ''}: ` : '') + p.message,
      )
      .join(' ');
    fail(
      domainError('VILLAGE_LIST_INVALID', {
        count: problems.length,
        shown: `${first}${problems.length > 3 ? ' …' : ''}`,
        problems,
      }),
    );
  }
  const saved = await registerPetitionsBulk(ctx, user, request, { idempotencyKey: key });
  return { replayed: false, ...saved };
}
