import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error.js';
import { domainError, ERROR_CATALOGUE, ERROR_CODES, isErrorCode } from './error-codes.js';

describe('the error catalogue', () => {
  it('uses stable SCREAMING_SNAKE_CASE codes', () => {
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('writes every message in Vietnamese, with at least one slot to make it specific', () => {
    for (const entry of Object.values(ERROR_CATALOGUE)) {
      expect(entry.template).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
      if (!('fixed' in entry)) expect(entry.template).toMatch(/\{\w+\}/);
    }
  });

  it('marks the messages that deliberately name nothing, and they have no slot to fill', () => {
    const fixed = Object.entries(ERROR_CATALOGUE).filter(([, entry]) => 'fixed' in entry);
    expect(fixed.map(([code]) => code)).toContain('TRACKING_CODE_NOT_FOUND');
    for (const [, { template }] of fixed) expect(template).not.toMatch(/\{\w+\}/);
  });

  it('recognises its own codes only', () => {
    expect(isErrorCode('REASON_REQUIRED')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('reason_required')).toBe(false);
  });
});

describe('domainError', () => {
  it('fills the template, keeps the details and takes the category from the catalogue', () => {
    const error = domainError('REASON_REQUIRED', {
      subject: 'kế hoạch',
      eventLabel: 'tạm hoãn',
      stateLabel: 'Đã thông báo',
      state: 'announced',
    });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('REASON_REQUIRED');
    expect(error.category).toBe('invalid');
    expect(error.message).toBe(
      'Cần nêu lý do để tạm hoãn khi kế hoạch đang ở trạng thái "Đã thông báo".',
    );
    expect(error.details).toMatchObject({ state: 'announced' });
  });

  it('joins lists with commas, as in "thiếu: Căn cứ ban hành, Địa điểm"', () => {
    const error = domainError('PLAN_INCOMPLETE', {
      stateLabel: 'Dự thảo',
      eventLabel: 'trình duyệt',
      missing: ['Căn cứ ban hành', 'Địa điểm'],
    });
    expect(error.message).toBe(
      'Kế hoạch (trạng thái "Dự thảo") còn thiếu: Căn cứ ban hành, Địa điểm. Cần bổ sung trước khi trình duyệt.',
    );
  });

  it('never throws on a detail that cannot be printed; it leaves the slot empty', () => {
    const strange = {
      count: Object.create(null) as never,
      stateLabel: 'X',
      eventLabel: 'y',
      subject: 'z',
    };
    expect(domainError('PETITIONS_STILL_OPEN', strange).message).toContain('Còn  kiến nghị');
  });
});
