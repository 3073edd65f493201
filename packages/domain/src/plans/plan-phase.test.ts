import { describe, expect, it } from 'vitest';
import {
  isPlanAfterDialogue,
  isPlanBeforeDialogue,
  isPlanComing,
  isPlanInSession,
  isPlanPublic,
  PLAN_PHASE,
  PLAN_PHASE_LABELS,
  PLAN_PHASES,
  PLAN_STATUSES_AFTER_DIALOGUE,
  PLAN_STATUSES_AHEAD,
  PLAN_STATUSES_BEFORE_DIALOGUE,
  PLAN_STATUSES_COMING,
  PLAN_STATUSES_IN_SESSION,
  PLAN_STATUSES_PUBLIC,
  planPhase,
  planStatusesIn,
} from './plan-phase.js';
import { PLAN_STATUSES } from './plan.status.js';

describe('plan phases', () => {
  it('gives every plan status exactly one known phase', () => {
    expect(Object.keys(PLAN_PHASE).sort()).toEqual([...PLAN_STATUSES].sort());
    for (const status of PLAN_STATUSES) expect(PLAN_PHASES).toContain(planPhase(status));
    for (const phase of PLAN_PHASES) expect(PLAN_PHASE_LABELS[phase]).toMatch(/\S/);
  });

  it('covers every phase and partitions the statuses', () => {
    const all = PLAN_PHASES.flatMap((phase) => planStatusesIn(phase));
    expect([...all].sort()).toEqual([...PLAN_STATUSES].sort());
    for (const phase of PLAN_PHASES) expect(planStatusesIn(phase).length).toBeGreaterThan(0);
  });

  it('names what each caller means, as the callers expect it', () => {
    // collection.forward and the Front's collection page
    expect(PLAN_STATUSES_BEFORE_DIALOGUE).toEqual(['approved', 'announced', 'postponed']);
    // follow-up pages, the monthly report, supervision, the public results
    expect(PLAN_STATUSES_AFTER_DIALOGUE).toEqual(['held', 'concluded', 'closed']);
    // the public pages' coming dialogues and registration
    expect(PLAN_STATUSES_COMING).toEqual(['approved', 'announced']);
    expect([...PLAN_STATUSES_PUBLIC].sort()).toEqual(
      ['announced', 'approved', 'closed', 'concluded', 'held'].sort(),
    );
    // the dashboard's upcoming dialogues
    expect(PLAN_STATUSES_AHEAD).toEqual([
      'draft',
      'submitted',
      'returned',
      'approved',
      'announced',
    ]);
    // the conference screen and the conference session
    expect(PLAN_STATUSES_IN_SESSION).toEqual(['announced', 'held']);
  });

  it('answers the same through the predicates', () => {
    expect(isPlanBeforeDialogue('postponed')).toBe(true);
    expect(isPlanBeforeDialogue('held')).toBe(false);
    expect(isPlanAfterDialogue('closed')).toBe(true);
    expect(isPlanAfterDialogue('cancelled')).toBe(false);
    expect(isPlanComing('postponed')).toBe(false);
    expect(isPlanComing('announced')).toBe(true);
    expect(isPlanPublic('draft')).toBe(false);
    expect(isPlanPublic('concluded')).toBe(true);
    expect(isPlanInSession('held')).toBe(true);
    expect(isPlanInSession('concluded')).toBe(false);
  });

  it('never shows a cancelled or unapproved plan to the public', () => {
    for (const status of PLAN_STATUSES)
      if (['preparing', 'cancelled', 'on-hold'].includes(PLAN_PHASE[status]))
        expect(isPlanPublic(status)).toBe(false);
  });
});
