import {
  appendAudit,
  findHolidayAddition,
  insertHolidayAddition,
  listHolidayAdditions,
  retireHolidayAddition,
  type HolidayAddition,
} from '@doithoai/db';
import {
  domainError,
  formatVietnameseDate,
  HolidayEntrySchema,
  HolidayKindSchema,
  holidaysForYear,
} from '@doithoai/domain';
import type { StaffContext } from '../../context.js';
import { administratorOf } from '../../auth/admin-scope.js';
import { fail, notFound, staleVersion } from '../../errors.js';
import { ADMINS } from '../../access.js';
import { publicProcedure, router, staffProcedure } from '../../trpc.js';
import {
  AddHolidayInputSchema,
  ListHolidaysInputSchema,
  RetireHolidayInputSchema,
} from './holidays.types.js';
import { HolidayAdditionsSchema, type PublicHolidayAddition } from './holidays-outputs.js';

const SCOPE_WORDS = { province: 'cấp tỉnh', commune: 'cấp xã' } as const;

/**
 * National holidays and official swaps move every commune's deadlines: only the system
 * administrator (bound to the national unit VN) enters or retires them (issue 14). A province or
 * commune administrator is refused, with the catalogue's reason.
 */
async function requireSystemAdministrator(ctx: StaffContext, action: string): Promise<void> {
  const admin = await administratorOf(ctx);
  if (admin.scope !== 'system')
    fail(
      domainError('HOLIDAY_SYSTEM_ADMIN_ONLY', { action, scopeLabel: SCOPE_WORDS[admin.scope] }),
    );
}

/** Without who typed it (that is in the audit trail); the kind as the domain names it. */
const toPublic = ({
  createdBy: _createdBy,
  kind,
  ...addition
}: HolidayAddition): PublicHolidayAddition => ({
  ...addition,
  kind: HolidayKindSchema.parse(kind),
});

/**
 * The administrators' additions to the holiday table (a newly announced day off or swapped
 * working Saturday, each with its source): stored, retired rather than deleted, audited, and
 * used by every deadline at once (the calendar cache is invalidated after each change). The whole
 * calendar, statutory and official days included, is `calendar.holidays`.
 */
export const holidaysRouter = router({
  list: publicProcedure
    .input(ListHolidaysInputSchema)
    .output(HolidayAdditionsSchema)
    .query(async ({ ctx, input }) =>
      (await listHolidayAdditions(ctx.db, input ?? {})).map(toPublic),
    ),

  add: staffProcedure(ADMINS)
    .input(AddHolidayInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      await requireSystemAdministrator(ctx, 'thêm');
      const now = ctx.requestTime.toISOString();
      const added = await ctx.db.transaction().execute(async (trx) => {
        const inForce = await listHolidayAdditions(trx);
        // The domain decides: one addition per date, every entry valid (HOLIDAY_ENTRY_INVALID).
        holidaysForYear(Number(input.date.slice(0, 4)), [
          ...inForce.map((row) => HolidayEntrySchema.parse(row)),
          input,
        ]);
        const addition = await insertHolidayAddition(trx, input, {
          createdBy: user.accountId,
          now,
        });
        await appendAudit(trx, {
          at: now,
          actor: { accountId: user.accountId, role: user.role },
          adminUnitCode: user.adminUnitCode,
          action: 'holiday.add',
          entityType: 'holiday',
          entityId: addition.id,
          after: addition,
        });
        return addition;
      });
      ctx.deps.calendars.invalidate();
      return toPublic(added);
    }),

  retire: staffProcedure(ADMINS)
    .input(RetireHolidayInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      await requireSystemAdministrator(ctx, 'thu hồi');
      const now = ctx.requestTime.toISOString();
      const retired = await ctx.db.transaction().execute(async (trx) => {
        const before = await findHolidayAddition(trx, input.id);
        if (!before) notFound('ngày nghỉ bổ sung', input.id);
        if (before.retiredAt !== null) {
          fail(
            domainError('HOLIDAY_ALREADY_RETIRED', {
              id: input.id,
              dateText: formatVietnameseDate(before.date),
              name: before.name,
            }),
          );
        }
        if (!(await retireHolidayAddition(trx, input.id, now))) staleVersion('Ngày nghỉ bổ sung');
        const after =
          (await findHolidayAddition(trx, input.id)) ?? notFound('ngày nghỉ bổ sung', input.id);
        await appendAudit(trx, {
          at: now,
          actor: { accountId: user.accountId, role: user.role },
          adminUnitCode: user.adminUnitCode,
          action: 'holiday.retire',
          entityType: 'holiday',
          entityId: input.id,
          before,
          after,
          reason: input.reason,
        });
        return after;
      });
      ctx.deps.calendars.invalidate();
      return toPublic(retired);
    }),
});
