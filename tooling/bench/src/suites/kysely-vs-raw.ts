import { randomUUID } from 'node:crypto';
import {
  appendAudit,
  createDatabase,
  insertPetition,
  newTrackingCode,
  toPetitionRecord,
  type NewPetition,
  type PetitionRow,
} from '@doithoai/db';
import { toSearchKey } from '@doithoai/domain';
import { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import { copyDataset } from '../data/dataset.js';
import { firstVillageId } from '../data/session.js';
import { BENCH_NOW, FIRST_COMMUNE, INTAKE_PLAN_ID } from '../data/world.js';
import type { RatioResult } from '../report.js';
import type { BenchEnv } from './env.js';
import { alternatingRounds, ratesLine } from './ops.js';
import { present } from '@doithoai/domain/testing';

/**
 * Kysely ÷ raw better-sqlite3, in one process on one database: the intake's write (the petition
 * row with `returning *` and its audit row, in one transaction) through the repositories
 * (`insertPetition`, `appendAudit`) against the same two statements prepared once.
 * `synchronous=NORMAL`, so the fsync does not hide the query builder's cost.
 */
export async function kyselyVsRaw(env: BenchEnv): Promise<RatioResult[]> {
  const file = copyDataset(await env.smallDataset(), env.workDir, 'kysely-vs-raw');
  const handle = createDatabase({ url: file, sqliteSynchronous: 'NORMAL' });
  try {
    const sqlite = present(handle.sqlite, 'the SQLite connection');
    const villageId = firstVillageId(file);
    const seed = aLandPetitionInChoMoi();
    const petition: NewPetition = {
      adminUnitCode: FIRST_COMMUNE,
      planId: INTAKE_PLAN_ID,
      status: 'received',
      kind: seed.kind,
      channel: seed.channel,
      fullName: seed.petitioner.fullName,
      phone: seed.petitioner.phone ?? null,
      address: seed.petitioner.address ?? null,
      villageId,
      content: seed.content,
      searchKey: toSearchKey(`${seed.petitioner.fullName} ${seed.content}`),
      field: seed.field ?? null,
      wantsToSpeak: seed.wantsToSpeak,
      receivedOn: '2026-11-20',
      isLate: false,
      consents: seed.consents,
      createdBy: null,
      now: BENCH_NOW,
    };
    const kysely = () =>
      handle.db.transaction().execute(async (trx) => {
        const result = await insertPetition(trx, petition);
        if (!result.inserted) throw new Error('conflict');
        await appendAudit(trx, {
          at: BENCH_NOW,
          actor: null,
          adminUnitCode: FIRST_COMMUNE,
          action: 'petition.register',
          entityType: 'petition',
          entityId: result.petition.id,
          after: result.petition,
        });
      });
    const insert = sqlite.prepare(
      `insert into petitions (id, admin_unit_code, plan_id, tracking_code, status, kind, channel,
        full_name, phone, address, village_id, organisation_name, content, search_key, field,
        wants_to_speak, received_on, is_late, consent_json, idempotency_key, idempotency_hash,
        version, created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning *`,
    );
    const audit = sqlite.prepare(
      `insert into audit_log (id, at, actor_account_id, actor_role, admin_unit_code, action,
        entity_type, entity_id, before_json, after_json, reason, personal_data_export)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const p = petition;
    const raw = sqlite.transaction(() => {
      const row = insert.get(
        randomUUID(),
        p.adminUnitCode,
        p.planId,
        newTrackingCode(),
        p.status,
        p.kind,
        p.channel,
        p.fullName,
        p.phone,
        p.address,
        p.villageId,
        null,
        p.content,
        p.searchKey,
        p.field,
        p.wantsToSpeak ? 1 : 0,
        p.receivedOn,
        p.isLate ? 1 : 0,
        JSON.stringify(p.consents),
        null,
        null,
        1,
        null,
        p.now,
        p.now,
      ) as PetitionRow | undefined;
      if (!row) throw new Error('conflict');
      audit.run(
        randomUUID(),
        BENCH_NOW,
        null,
        null,
        FIRST_COMMUNE,
        'petition.register',
        'petition',
        row.id,
        null,
        JSON.stringify(toPetitionRecord(row)),
        null,
        0,
      );
    });
    const { ratio, rounds } = await alternatingRounds(env.mode.rounds, env.mode.seconds * 2000, [
      { name: 'kysely', run: kysely },
      { name: 'raw', run: raw },
    ]);
    return [
      {
        id: 'kysely-intake/raw-sqlite',
        title:
          "intake write (petition + audit row, one transaction) through Kysely repositories ÷ raw better-sqlite3 prepared statements, in-process, synchronous=NORMAL, alternating batches of 10; median of the rounds' ratios",
        target: { op: '>=', value: 0.7 },
        value: ratio,
        figures: [
          ratesLine('kysely', 'Kysely', 'intakes/s', rounds),
          ratesLine('raw', 'raw prepared statements', 'intakes/s', rounds),
        ],
      },
    ];
  } finally {
    await handle.close();
  }
}
