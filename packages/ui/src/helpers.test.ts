import { TRPCClientError, type ApiErrorData, type AppRouter } from '@doithoai/api/client';
import { describe, expect, it } from 'vitest';
import { errorsAt, readApiError } from './api-errors.js';
import { appsForRole, mayUseApp } from './apps.js';
import { formatDate, formatInstant } from './format.js';
import { statusLabel } from './labels.js';
import { queryString } from './query-string.js';

describe('formatting for Vietnamese readers', () => {
  it('writes dates dd/mm/yyyy through the domain, a dash when missing', () => {
    expect(formatDate('2025-12-04')).toBe('04/12/2025');
    expect(formatDate(null)).toBe('—');
  });

  it('writes instants in Vietnam time whatever the machine zone', () => {
    expect(formatInstant('2025-11-20T17:30:00.000Z')).toBe('21/11/2025 00:30');
  });

  it('labels plan states with the domain words', () => {
    expect(statusLabel('plan', 'submitted')).toBe('Chờ phê duyệt');
    expect(statusLabel('petition', 'received')).not.toBe('received');
  });
});

/** A refusal as the typed client throws it, with the server's `data`. */
const refused = (message: string, data: Partial<ApiErrorData>) =>
  new TRPCClientError<AppRouter>(message, {
    result: {
      error: {
        message,
        code: -32600,
        data: {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          domainCode: null,
          fieldErrors: null,
          details: null,
          ...data,
        },
      },
    },
  });

describe('server refusals become form errors', () => {
  it('keeps each field messages and replaces a zod dump by a plain sentence', () => {
    const errors = readApiError(
      refused('[{"code":"too_small"}]', {
        domainCode: 'VALIDATION_FAILED',
        fieldErrors: { 'timing.date': ['Ngày sai.'] },
      }),
    );
    expect(errors.message).toBe('Có thông tin chưa hợp lệ: xem các ô được đánh dấu.');
    expect(errorsAt(errors.fieldErrors, 'timing')).toEqual(['Ngày sai.']);
    expect(errorsAt(errors.fieldErrors, 'title')).toEqual([]);
  });

  it('keeps the domain message of a refused step', () => {
    const errors = readApiError(
      refused('Phải nêu ý kiến khi trả lại kế hoạch.', {
        domainCode: 'COMMENT_REQUIRED',
      }),
    );
    expect(errors).toMatchObject({
      message: 'Phải nêu ý kiến khi trả lại kế hoạch.',
      code: 'COMMENT_REQUIRED',
    });
  });
});

describe('which apps a role may use', () => {
  it('gives the Party app to the secretary and the Party office only', () => {
    expect(appsForRole('party-secretary').map((a) => a.id)).toEqual(['party']);
    expect(mayUseApp('party-office', 'party')).toBe(true);
    expect(mayUseApp('commune-chair', 'party')).toBe(false);
    expect(appsForRole('citizen')).toEqual([]);
  });

  it('gives the administration app to the administrator alone, and no business app', () => {
    expect(appsForRole('admin').map((a) => [a.id, a.path])).toEqual([['admin', '/admin/']]);
    for (const role of ['party-secretary', 'commune-chair', 'department', 'village'] as const)
      expect(mayUseApp(role, 'admin'), role).toBe(false);
  });

  it('opens the chair app to the chair, the government office and the departments', () => {
    for (const role of ['commune-chair', 'government-office', 'department'] as const) {
      expect(appsForRole(role).map((a) => [a.id, a.available])).toEqual([['chair', true]]);
    }
    expect(mayUseApp('party-office', 'chair')).toBe(false);
    expect(mayUseApp('front-officer', 'chair')).toBe(false);
  });
});

describe('links with filters', () => {
  it('keeps only the filters that are set, encoded', () => {
    expect(queryString({ year: 2025, field: '', q: 'đất đai', page: undefined })).toBe(
      '?year=2025&q=%C4%91%E1%BA%A5t+%C4%91ai',
    );
    expect(queryString({ state: null })).toBe('');
  });
});
