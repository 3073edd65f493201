import { toSearchKey, type IsoDate } from '@doithoai/domain';
import { minutesAfter } from './demo-clock.js';
import type { DialogueSetting, PetitionSpec } from './demo-recipes.js';
import { registerSpec, runBeforeSteps } from './demo-runner-before.js';
import { acceptedNote, LEGAL_BASIS, notSettled, withdrawal } from './demo-step-texts.js';
import type { DemoWorld } from './demo-world.js';
import { required } from './demo-required.js';

// After the conference (docs/domain.md §6): written answers drafted, approved and sent (some after
// their deadline, which stays recorded), the competent level's replies recorded, the citizens'
// responses, withdrawals; reports that arrive after the day are registered and triaged — each
// through its `petitions.*` procedure.

/** "SXD" for "Sở Xây dựng tỉnh …": how a reply's number names its issuer. */
function initials(body: string): string {
  // split returns at least one part: the name before the province, or the whole name.
  const [name = body] = body.split(/ (?:tỉnh|thành phố|khu vực)\b/u);
  const words = toSearchKey(name).split(' ');
  return words
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
    .slice(0, 6);
}

/**
 * Runs every spec's steps after the conference, each on a working day after the last, never
 * after `setting.afterUntil`. Carry-over waits for the next plan (`carryOverPetitions`).
 *
 * @example await runAfterConference(world, setting, specs)
 */
export async function runAfterConference(
  w: DemoWorld,
  setting: DialogueSetting,
  specs: readonly PetitionSpec[],
): Promise<void> {
  const held = required(setting.heldOn, 'the conference day');
  const office = w.officeOf(setting.issuerKind);
  const chair = w.as('commune-chair');
  const government = w.as('government-office');
  let documentNumber = w.random.int(150, 240);
  for (const spec of specs.filter((s) => s.recipe.afterConference)) {
    const version = await registerSpec(w, setting, spec);
    await runBeforeSteps(w, setting, spec, spec.recipe.before ?? [], setting.afterUntil, version);
  }
  for (const spec of specs.filter((s) => s.id && !s.recipe.afterConference)) {
    let day = held;
    let last = w.clock.at(held, '12:00').getTime();
    const id = required(spec.id, 'the id of a registered petition');
    // The petition as the actor has it on screen: read before the first step, then as each step
    // saved it (nothing else changes it meanwhile).
    let expectedVersion: number | undefined;
    const ref = async () =>
      expectedVersion ? { id, expectedVersion } : await w.ref('petitions', id);
    const saved = (petition: { version: number }) => {
      expectedVersion = petition.version;
    };
    // The next step's instant: a few working days on, never past `afterUntil`, always after the last.
    const move = (from: IsoDate, min: number, max: number) => {
      day = w.clock.max(
        day,
        w.clock.min(w.clock.after(from, w.random.int(min, max)), setting.afterUntil),
      );
      const at = w.clock.at(day, minutesAfter('08:15', w.random.int(0, 420))).getTime();
      last = Math.max(at, last + 10 * 60_000);
      return new Date(Math.min(last, w.clock.now.getTime()));
    };
    for (const [index, step] of (spec.recipe.after ?? []).entries()) {
      if (step === 'carry-over') continue;
      const petitions = (at: Date, actor = office) => w.api(actor, at).petitions;
      if (step === 'draft') {
        const [from, min, max] = spec.recipe.answeredRecently
          ? ([setting.afterUntil, -7, -3] as const)
          : spec.recipe.answerLate
            ? ([held, 23, 32] as const)
            : ([held, 4, 12] as const);
        const at = move(from, min, max);
        const basis = LEGAL_BASIS[spec.template.field];
        saved(
          await petitions(
            at,
            required(w.departmentOf(spec.body), `the department for ${spec.body}`),
          ).draftAnswer({
            ...(await ref()),
            content: spec.answer,
            ...(basis ? { legalBasis: basis } : {}),
          }),
        );
      }
      if (step === 'approve') {
        const at = move(day, 1, 2);
        saved(await petitions(at, chair).approveAnswer(await ref()));
      }
      if (step === 'send') {
        const at = move(day, 1, 2);
        documentNumber += w.random.int(1, 4);
        saved(
          await petitions(at, government).recordWrittenAnswer({
            ...(await ref()),
            documentRef: `${documentNumber}/UBND-VP`,
            sentOn: day,
          }),
        );
      }
      if (step === 'reply') {
        const at = move(held, 15, 35);
        const reply = `${w.random.int(1200, 4800)}/${initials(required(spec.referredTo, 'the body a petition is referred to'))}`;
        saved(
          await petitions(at).recordWrittenAnswer({
            ...(await ref()),
            documentRef: reply,
            sentOn: day,
            content: spec.answer,
          }),
        );
      }
      if (step === 'accept' || step === 'reject') {
        // Days after the conference's answer, or after the written answer reached the citizen.
        const at = move(day, index === 0 ? 2 : 3, 10);
        const input =
          step === 'accept'
            ? { response: 'accepted' as const, onBehalfNote: acceptedNote(w.random, day) }
            : { response: 'not-settled' as const, ...notSettled(w.random, day) };
        saved(await petitions(at).recordCitizenResponse({ ...(await ref()), ...input }));
      }
      if (step === 'withdraw') {
        const at = move(day, 3, 15);
        saved(await petitions(at).withdraw({ ...(await ref()), ...withdrawal(w.random, day) }));
      }
    }
  }
}

/**
 * What stays unresolved moves to the next dialogue's agenda (docs/domain.md §6), on `on`. Returns
 * the petitions carried over.
 *
 * @example await carryOverPetitions(world, setting, specs, nextPlanId, clock.wd(-3))
 */
export async function carryOverPetitions(
  w: DemoWorld,
  setting: DialogueSetting,
  specs: readonly PetitionSpec[],
  nextPlanId: string,
  on: IsoDate,
): Promise<string[]> {
  const office = w.officeOf(setting.issuerKind);
  const carried: string[] = [];
  for (const [index, spec] of specs
    .filter((s) => s.recipe.after?.includes('carry-over'))
    .entries()) {
    const at = w.clock.at(on, minutesAfter('09:00', 5 * index));
    const id = required(spec.id, 'the id of a petition carried over');
    const { petition } = await w.api(office, at).petitions.get({ id });
    const reason =
      petition.status === 'not-settled'
        ? 'Công dân chưa đồng ý với kết quả giải quyết; đưa vào chương trình kỳ đối thoại sau để tiếp tục giải quyết.'
        : 'Chưa có kết quả giải quyết; chuyển kỳ đối thoại sau để theo dõi, trả lời.';
    await w
      .api(office, at)
      .petitions.carryOver({ ...(await w.ref('petitions', id)), nextPlanId, reason });
    carried.push(id);
  }
  return carried;
}
