import { listForwardings } from '@doithoai/db';
import { VILLAGE_LIST_TEMPLATE_NAME, villageListTemplate } from '@doithoai/documents';
import { readableUnits } from '../../tenancy.js';
import { procedure, requireUser, router } from '../../trpc.js';
import { readablePlan } from '../petitions/petition-access.js';
import { COLLECTORS, FORWARDING_READERS } from './collection-access.js';
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
  overview: procedure
    .meta({ access: FORWARDING_READERS })
    .input(PlanRefSchema)
    .query(({ ctx, input }) => collectionOverview(ctx, requireUser(ctx), input)),

  /** One Phiếu đăng ký, within the village's quota (Idempotency-Key as `petitions.register`). */
  registerPaperForm: procedure
    .meta({ access: COLLECTORS })
    .input(PaperFormRequestSchema)
    .mutation(({ ctx, input }) => registerPaperForm(ctx, requireUser(ctx), input)),

  /** A village's file read and checked row by row; nothing saved. */
  previewImport: procedure
    .meta({ access: COLLECTORS })
    .input(VillageListFileSchema)
    .mutation(({ ctx, input }) => previewVillageList(ctx, requireUser(ctx), input)),

  /** The same file saved all or nothing; the same file twice stores it once. */
  importList: procedure
    .meta({ access: COLLECTORS })
    .input(VillageListFileSchema)
    .mutation(({ ctx, input }) => importVillageList(ctx, requireUser(ctx), input)),

  /** The blank .xlsx a village fills in (base64). */
  template: procedure.meta({ access: COLLECTORS }).query(async () => ({
    fileName: VILLAGE_LIST_TEMPLATE_NAME,
    contentBase64: (await villageListTemplate()).toString('base64'),
  })),

  /** Forwards every registration not yet forwarded to the chair, and records it. */
  forward: procedure
    .meta({ access: COLLECTORS })
    .input(ForwardRequestSchema)
    .mutation(({ ctx, input }) => forwardRegistrations(ctx, requireUser(ctx), input)),

  /** The Front's forwardings of a plan, newest first (read-only for everyone). */
  forwardings: procedure
    .meta({ access: FORWARDING_READERS })
    .input(PlanRefSchema)
    .query(async ({ ctx, input }) => {
      const user = requireUser(ctx);
      const plan = await readablePlan(ctx, user, input.planId);
      const records = await listForwardings(ctx.db, {
        adminUnitCodes: await readableUnits(ctx, user),
        planId: plan.id,
      });
      return records.map(forwardingView);
    }),
});
