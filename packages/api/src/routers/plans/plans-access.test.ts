import { describe, expect, it } from 'vitest';
import { appRouter } from '../../root.js';

type Procedures = Record<string, { _def: { meta?: { access?: unknown } } }>;
const access = (path: string) =>
  (appRouter._def.procedures as unknown as Procedures)[path]?._def.meta?.access;

describe('the access the plans procedures declare', () => {
  it('lets the heads of both issuers reach the signer’s steps, the domain choosing per plan', () => {
    for (const step of ['return', 'approve', 'postpone', 'reschedule', 'conclude', 'cancel'])
      expect(access(`plans.${step}`)).toEqual(['party-secretary', 'commune-chair']);
  });

  it('lets only the offices draft, submit, announce and hold', () => {
    for (const step of ['create', 'update', 'submit', 'announce', 'hold', 'lastOfIssuer'])
      expect(access(`plans.${step}`)).toEqual(['party-office', 'government-office']);
    expect(access('plans.close')).toEqual([
      'party-secretary',
      'party-office',
      'commune-chair',
      'government-office',
    ]);
  });

  it('lets the commune, the Front and the province read, but not citizens or the administrator', () => {
    for (const query of ['list', 'get', 'version', 'schedule']) {
      const readers = access(`plans.${query}`) as string[];
      expect(readers).toEqual(
        expect.arrayContaining(['front-chair', 'front-officer', 'province-viewer']),
      );
      expect(readers).not.toContain('citizen');
      expect(readers).not.toContain('admin');
    }
  });
});
