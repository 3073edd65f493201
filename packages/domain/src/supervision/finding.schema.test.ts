import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import { FindingSchema } from './finding.schema.js';

const finding = {
  id: 'finding-1',
  planId: 'plan-khoen-on-2025',
  kind: 'visited',
  target: { kind: 'petition', petitionId: 'petition-ban-my-001' },
  recordedBy: 'acc-mttq',
  recordedAt: '2025-09-15T09:00:00+07:00',
};

describe('FindingSchema', () => {
  it('records a visit without a note', () => {
    expect(FindingSchema.parse(finding).kind).toBe('visited');
  });

  it('requires a note when the Front finds the answer inadequate', () => {
    expect(messagesAt(FindingSchema, { ...finding, kind: 'answer-inadequate' }, ['note'])).toEqual([
      'Phải ghi rõ nội dung giám sát.',
    ]);
  });

  it('targets a petition or a task, nothing else', () => {
    expect(
      messagesAt(FindingSchema, { ...finding, target: { kind: 'plan', planId: 'x' } }, [
        'target',
        'kind',
      ]),
    ).toEqual(['Đối tượng giám sát phải là một kiến nghị hoặc một nhiệm vụ.']);
  });
});
