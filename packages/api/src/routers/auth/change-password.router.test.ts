import { testDialects } from '@doithoai/db/testing';
import { DEMO_PASSWORD, ROLES } from '@doithoai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserLike } from '../../auth/http-session.test-support.js';
import { hashPassword } from '../../auth/password.js';
import { refusal } from '../../refusal.test-support.js';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';

const dialects = await testDialects();

const PASSWORD = 'Chợ Mới đối thoại 2025';
const START = '2025-11-20T02:00:00.000Z'; // 09:00 in Vietnam

describe.each(dialects)('changing one’s own password (issue 14) on $name', (dialect) => {
  let api: TestApi;
  let username: (role: (typeof ROLES)[number]) => string;

  beforeAll(async () => {
    api = await createTestApi(dialect, { now: START });
    const hash = await hashPassword(PASSWORD);
    await api.handle.db.updateTable('accounts').set({ password_hash: hash }).execute();
    username = (role) => api.tenant.accounts[role].username;
  }, 60_000);
  afterAll(() => api.close());

  it('every role changes its own password; the other devices sign out, this one stays', async () => {
    for (const [index, role] of ROLES.entries()) {
      const here = browserLike(api.app, `203.0.113.${100 + index}`);
      const there = browserLike(api.app, `203.0.113.${150 + index}`);
      expect((await here.login(username(role), PASSWORD)).status, role).toBe(200);
      expect((await there.login(username(role), PASSWORD)).status, role).toBe(200);
      const chosen = `Thôn Bản Chợ Mới số ${index + 1}`;
      expect(
        await here.api.auth.changePassword.mutate({
          currentPassword: PASSWORD,
          newPassword: chosen,
        }),
      ).toEqual({ ok: true });
      expect(await here.api.auth.me.query(), role).toMatchObject({ username: username(role) });
      expect(await there.api.auth.me.query(), role).toBeNull();
      const later = browserLike(api.app, `203.0.113.${200 + index}`);
      expect((await later.login(username(role), PASSWORD)).status, role).toBe(401);
      expect((await later.login(username(role), chosen)).status, role).toBe(200);
    }
  });

  it('refuses a wrong current password under its field, and each policy refusal under the new one', async () => {
    const browser = browserLike(api.app, '203.0.113.60');
    const name = username('front-officer');
    const current = `Thôn Bản Chợ Mới số ${ROLES.indexOf('front-officer') + 1}`;
    expect((await browser.login(name, current)).status).toBe(200);
    const wrong = await refusal(
      browser.api.auth.changePassword.mutate({
        currentPassword: 'Không phải mật khẩu này',
        newPassword: 'Một mật khẩu khác hẳn',
      }),
    );
    expect(wrong.httpStatus).toBe(400);
    expect(wrong.domainCode).toBe('CURRENT_PASSWORD_WRONG');
    expect(wrong.fieldErrors).toEqual({ currentPassword: ['Mật khẩu hiện tại không đúng.'] });

    const cases = [
      ['Chomoi@2025', 'PASSWORD_TOO_SHORT'],
      ['Qwerty123456', 'PASSWORD_TOO_COMMON'],
      ['1qaz2wsx3edc', 'PASSWORD_TOO_COMMON'],
      [DEMO_PASSWORD, 'PASSWORD_IS_DEMO'],
    ] as const;
    for (const [newPassword, code] of cases) {
      const refused = await refusal(
        browser.api.auth.changePassword.mutate({ currentPassword: current, newPassword }),
      );
      expect(refused.domainCode, newPassword).toBe(code);
      expect(refused.fieldErrors, newPassword).toEqual({ newPassword: [refused.message] });
    }
    // Nothing changed: the current password still signs in.
    expect((await browserLike(api.app, '203.0.113.61').login(name, current)).status).toBe(200);
  });

  it('refuses a password equal to the user name, in any case', async () => {
    const admin = await api.as('admin');
    await admin.accounts.create.mutate({
      username: 'phongvhxh.chomoi',
      fullName: 'Lý Thị Hà',
      role: 'department',
      organisationId: api.tenant.organisations.landDepartment,
      password: 'Bốn từ khác nhau',
    });
    const refused = await refusal(
      admin.accounts.create.mutate({
        username: 'phongvhxh.lan',
        fullName: 'Hoàng Thị Lan',
        role: 'village',
        password: 'PhongVHXH.Lan',
      }),
    );
    expect(refused.domainCode).toBe('PASSWORD_SAME_AS_USERNAME');
    expect(refused.fieldErrors).toEqual({
      password: ['Mật khẩu không được trùng với tên đăng nhập "phongvhxh.lan".'],
    });
  });

  it('records the last sign-in, which the administrators’ list shows', async () => {
    const at = '2025-11-21T01:30:00.000Z';
    api.setNow(at);
    const browser = browserLike(api.app, '203.0.113.70');
    const chair = username('commune-chair');
    const chosen = `Thôn Bản Chợ Mới số ${ROLES.indexOf('commune-chair') + 1}`;
    expect((await browser.login(chair, chosen)).status).toBe(200);
    const listed = await (await api.as('admin')).accounts.list.query();
    expect(listed.find((a) => a.username === chair)?.lastLoginAt).toBe(at);
    expect(listed.find((a) => a.username === 'phongvhxh.chomoi')?.lastLoginAt).toBeNull();
  });
});
