import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH } from './login.js';
import { formatVietnamTime, loginThrottledError } from './login-errors.js';
import { hashPassword, verifyPassword } from './password.js';
import { retryTime } from './throttle.js';

const parametersOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

describe('the dummy hash an unknown username is checked against', () => {
  it('costs what a real hash costs: same scheme and scrypt parameters as hashPassword', async () => {
    expect(parametersOf(DUMMY_PASSWORD_HASH)).toBe(parametersOf(await hashPassword('bất kỳ')));
  });

  it('matches no password anyone would type', async () => {
    expect(await verifyPassword('', DUMMY_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword('DoiThoai@2025', DUMMY_PASSWORD_HASH)).toBe(false);
  });
});

describe('when a throttled login may try again', () => {
  const at = (minute: number) => `2025-11-20T01:${String(minute).padStart(2, '0')}:00.000Z`;

  it('is when the oldest failure that keeps the count at the limit leaves the window', () => {
    expect(retryTime([at(1), at(2), at(3), at(4), at(5)], 5, 15).toISOString()).toBe(
      '2025-11-20T01:16:00.000Z',
    );
    expect(retryTime([at(1), at(2), at(3), at(4), at(5), at(6), at(7)], 5, 15).toISOString()).toBe(
      '2025-11-20T01:18:00.000Z',
    );
  });

  it('is told in Vietnam time, whatever the server zone', () => {
    expect(formatVietnamTime(new Date('2025-11-20T17:05:00Z'))).toBe('00:05 ngày 21/11/2025');
    const error = loginThrottledError(
      { scope: 'username', retryAt: new Date('2025-11-20T02:16:00Z') },
      new Date('2025-11-20T02:06:30Z'),
    );
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.message).toBe(
      'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 10 phút (từ 09:16 ngày 20/11/2025).',
    );
  });
});
