import { aChoMoiPlan } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { newId } from '../repositories/ids.js';
import { aPetition } from '../repositories/follow-up.test-support.js';
import { insertTestPlan } from '../testing/test-plans.js';
import { seedTenant, testDialects } from '../testing/index.js';
import { backfillAnswerDueRule } from './2026_12_07_1700_add_petition_answer_due_rule.js';

const dialects = await testDialects();
const CODE = '02086';

describe.each(dialects)('the answer date’s rule, backfilled on $name', (dialect) => {
  let handle: DatabaseHandle;
  let number = 20;

  /** A held plan under `profile`, with the plan's own overrides. */
  async function aPlan(
    profile: 'national-default' | 'lai-chau-06-qc-tu-2019',
    overrides: { ruleId: 'written-answer-complex'; offset: number; reason: string }[] = [],
  ) {
    const plan = {
      ...aChoMoiPlan(),
      id: newId(),
      adminUnitCode: CODE,
      regulationProfileId: profile,
      scheduleOverrides: overrides,
      status: 'held' as const,
      documentNumber: (number += 1),
      issuedOn: '2025-11-10',
    };
    return (await insertTestPlan(handle.db, plan, { recorded: { heldOn: '2025-12-10' } })).id;
  }

  /** A petition dated as a database migrated before the rule column holds it (no rule). */
  async function aDatedPetition(planId: string, complexity: string, dueOn: string | null) {
    const id = await aPetition(handle.db, planId, CODE, { status: 'awaiting-written-answer' });
    await handle.db
      .updateTable('petitions')
      .set({ complexity, answer_due_on: dueOn, answer_due_rule: null })
      .where('id', '=', id)
      .execute();
    return id;
  }

  const ruleOf = async (id: string) =>
    (
      await handle.db
        .selectFrom('petitions')
        .select('answer_due_rule')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).answer_due_rule;

  beforeAll(async () => {
    handle = await dialect.open();
    await seedTenant(handle.db, {
      provinceCode: '19',
      communeCode: CODE,
      communeName: 'Chợ Mới',
      passwordHash: 'x',
    });
  });
  afterAll(async () => handle.close());

  it('gives each dated petition the rule that wrote its date, and leaves the rest alone', async () => {
    const national = await aPlan('national-default');
    const laiChau = await aPlan('lai-chau-06-qc-tu-2019');
    const overridden = await aPlan('national-default', [
      { ruleId: 'written-answer-complex', offset: 45, reason: 'Kế hoạch mục III.2.' },
    ]);
    const standard = await aDatedPetition(laiChau, 'standard', '2026-01-02');
    const complexLaiChau = await aDatedPetition(laiChau, 'complex', '2026-01-23');
    const complexNational = await aDatedPetition(national, 'complex', '2026-01-09');
    const complexOverridden = await aDatedPetition(overridden, 'complex', '2026-02-20');
    const undated = await aDatedPetition(national, 'complex', null);
    const ruled = await aDatedPetition(laiChau, 'complex', '2026-01-23');
    await handle.db
      .updateTable('petitions')
      .set({ answer_due_rule: 'written-answer' })
      .where('id', '=', ruled)
      .execute();

    await backfillAnswerDueRule(handle.db);

    expect(await ruleOf(standard)).toBe('written-answer');
    expect(await ruleOf(complexLaiChau)).toBe('written-answer-complex');
    expect(await ruleOf(complexNational)).toBe('written-answer');
    expect(await ruleOf(complexOverridden)).toBe('written-answer-complex');
    expect(await ruleOf(undated)).toBeNull();
    expect(await ruleOf(ruled)).toBe('written-answer');
  });
});
