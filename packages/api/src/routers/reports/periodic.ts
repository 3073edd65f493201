import { countPetitionsForPeriod, findAdminUnit, listDialoguesHeld } from '@doithoai/db';
import {
  labelOf,
  isPartyIssuer,
  petitionStatusesIn,
  reportingPeriodRange,
  type IssuerKind,
  type ReportingPeriod,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { reportUnits } from './report-scope.js';

/**
 * The Party committee's periodic report on dialogue work (Quy định 11-QĐi/TW, as amended in
 * 2025: month, quarter, 6 and 9 months, year), computed from the records, never typed twice:
 * dialogues held in the period; petitions received and settled in it; outstanding at its end
 * (by the domain's report groups: an answer settles a petition on its date, one the citizen
 * says is not settled stays outstanding) — per commune for a province viewer.
 *
 * @example await periodicReport(ctx, user, { year: 2025, period: 'quarter', index: 4 })
 */
export async function periodicReport(
  ctx: Context,
  user: SessionUser,
  input: ReportingPeriod & { adminUnitCode?: string | undefined },
) {
  const { from, to, label } = reportingPeriodRange(input);
  const units = await reportUnits(ctx, user, input.adminUnitCode);
  const scope = { adminUnitCodes: units, from, to };
  const held = await listDialoguesHeld(ctx.db, scope);
  const counts = await countPetitionsForPeriod(ctx.db, scope, {
    settled: petitionStatusesIn('settled'),
    withdrawn: petitionStatusesIn('withdrawn'),
  });
  const sum = (key: 'received' | 'settled' | 'outstanding') =>
    counts.reduce((total, c) => total + c[key], 0);
  const byCommune = [];
  for (const code of units) {
    const unit = await findAdminUnit(ctx.db, code);
    const count = counts.find((c) => c.adminUnitCode === code);
    byCommune.push({
      adminUnitCode: code,
      name: unit?.name ?? code,
      dialoguesHeld: held.filter((d) => d.adminUnitCode === code).length,
      received: count?.received ?? 0,
      settled: count?.settled ?? 0,
      outstanding: count?.outstanding ?? 0,
    });
  }
  return {
    title: `Báo cáo công tác đối thoại trực tiếp ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    year: input.year,
    period: input.period,
    index: input.index,
    label,
    from,
    to,
    asOf: ctx.today,
    /** The period has not ended yet: the figures are as of today. */
    partial: to > ctx.today,
    dialoguesHeld: {
      total: held.length,
      partyLed: held.filter((d) => isPartyIssuer(d.issuerKind as IssuerKind)).length,
      governmentLed: held.filter((d) => !isPartyIssuer(d.issuerKind as IssuerKind)).length,
      list: held.map((d) => ({
        ...d,
        issuerLabel: labelOf('issuerKind', d.issuerKind),
      })),
    },
    petitions: {
      received: sum('received'),
      settled: sum('settled'),
      outstanding: sum('outstanding'),
    },
    byCommune,
  };
}
