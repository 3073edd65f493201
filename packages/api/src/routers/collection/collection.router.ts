import { listForwardings } from '@doithoai/db';
import { VILLAGE_LIST_TEMPLATE_NAME, villageListTemplate } from '@doithoai/documents';
import { readableUnits } from '../../tenancy.js';
import { FRONT, REPORT_READERS } from '../../access.js';
import { router, staffProcedure } from '../../trpc.js';
import { readablePlan } from '../petitions/petition-access.js';
import {
  ForwardRequestSchema,
  PaperFormRequestSchema,
  PlanRefSchema,
  VillageListFileSchema,
} from './collection.types.js';
import { forwardRegistrations } from './forward.js';
import { collectionOverview, forwardingView } from './overview.js';
import { registerPaperForm } from './paper-form.js';
import { importVillageList, previewVillageList } from './village-import.js';

/**
 * The Front's collection before the dialogue (seeds 001 and 003): paper forms entered on behalf
 * of villages within their quota, villages' lists imported from .xlsx or .csv (previewed, all or
 * nothing), and the compiled registrations forwarded to the chair — recorded and audited.
 */
export const collectionRouter = router({
  /** The tally per village against its quota, the forwarding deadline and the forwardings. */
  overview: staffProcedure(REPORT_READERS)
    .input(PlanRefSchema)
    .query(({ ctx, input }) => collectionOverview(ctx, ctx.user, input)),

  /** One Phiếu đăng ký, within the village's quota (Idempotency-Key as `petitions.register`). */
  registerPaperForm: staffProcedure(FRONT)
    .input(PaperFormRequestSchema)
    .mutation(({ ctx, input }) => registerPaperForm(ctx, ctx.user, input)),

  /** A village's file read and checked row by row; nothing saved. */
  previewImport: staffProcedure(FRONT)
    .input(VillageListFileSchema)
    .mutation(({ ctx, input }) => previewVillageList(ctx, ctx.user, input)),

  /** The same file saved all or nothing; the same file twice stores it once. */
  importList: staffProcedure(FRONT)
    .input(VillageListFileSchema)
    .mutation(({ ctx, input }) => importVillageList(ctx, ctx.user, input)),

  /** The blank .xlsx a village fills in (base64). */
  template: staffProcedure(FRONT).query(async () => ({
    fileName: VILLAGE_LIST_TEMPLATE_NAME,
    contentBase64: (await villageListTemplate()).toString('base64'),
  })),

  /** Forwards every registration not yet forwarded to the chair, and records it. */
  forward: staffProcedure(FRONT)
    .input(ForwardRequestSchema)
    .mutation(({ ctx, input }) => forwardRegistrations(ctx, ctx.user, input)),

  /** The Front's forwardings of a plan, newest first (read-only for everyone). */
  forwardings: staffProcedure(REPORT_READERS)
    .input(PlanRefSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const plan = await readablePlan(ctx, user, input.planId);
      const records = await listForwardings(ctx.db, {
        adminUnitCodes: await readableUnits(ctx, user),
        planId: plan.id,
      });
      return records.map(forwardingView);
    }),
});
