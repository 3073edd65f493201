import {
  appendAudit,
  findPetitionById,
  newId,
  toPetitionRecord,
  updatePetition,
} from '@doithoai/db';
import { auditActor, requireOwnCommune, type DemoActor, type DemoWorld } from './demo-world.js';

/**
 * `petitions.groupDuplicates`: one group id for petitions of one plan, each audited.
 *
 * @example await groupDemoDuplicates(world, office, at, [a, b, c])
 */
export async function groupDemoDuplicates(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  ids: readonly string[],
): Promise<string> {
  const rows = await Promise.all(ids.map((id) => findPetitionById(w.db, id)));
  if (rows.some((r) => !r) || new Set(rows.map((r) => r!.plan_id)).size !== 1)
    throw new Error('Chỉ gộp các kiến nghị khác nhau của cùng một kỳ đối thoại.');
  const groupId = rows.find((r) => r!.duplicate_group_id)?.duplicate_group_id ?? newId();
  const when = at.toISOString();
  for (const row of rows.map((r) => r!)) {
    requireOwnCommune(actor, row.admin_unit_code, 'kiến nghị');
    if (row.duplicate_group_id === groupId) continue;
    const saved = await updatePetition(
      w.db,
      row.id,
      row.version,
      { duplicate_group_id: groupId },
      when,
    );
    if (!saved) throw new Error(`Demo: kiến nghị ${row.tracking_code} đã bị thay đổi.`);
    await appendAudit(w.db, {
      at: when,
      actor: auditActor(actor),
      adminUnitCode: row.admin_unit_code,
      action: 'petition.group-duplicates',
      entityType: 'petition',
      entityId: row.id,
      before: toPetitionRecord(row),
      after: toPetitionRecord(saved),
    });
  }
  return groupId;
}
