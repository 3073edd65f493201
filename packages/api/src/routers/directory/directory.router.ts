import { listOrganisations, listVillages } from '@doithoai/db';
import { COMMUNE_STAFF } from '../../access.js';
import { router, staffProcedure } from '../../trpc.js';

/**
 * The caller's own commune as forms need it: its villages (filters, registrations) and its bodies
 * (assigning a petition, filtering by body). Names only; nothing here is secret inside the commune.
 */
export const directoryRouter = router({
  commune: staffProcedure(COMMUNE_STAFF).query(async ({ ctx }) => {
    const { user } = ctx;
    const [villages, organisations] = await Promise.all([
      listVillages(ctx.db, user.adminUnitCode),
      listOrganisations(ctx.db, user.adminUnitCode),
    ]);
    return {
      villages: villages.map((v) => ({ id: v.id, name: v.name, kind: v.kind })),
      organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    };
  }),
});
