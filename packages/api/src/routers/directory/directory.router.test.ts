import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { statusOf } from '../../refusal.test-support.js';

const dialects = await testDialects();

describe.each(dialects)(
  "directory.commune: the caller's villages and bodies on $name",
  (dialect) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(dialect);
    });
    afterAll(() => api.close());

    it('gives the government office its own commune’s villages and bodies, by name', async () => {
      const office = await api.as('government-office');
      const data = await office.directory.commune.query();
      expect(data.villages.map((v) => v.name)).toEqual(['Bản Khoen', 'Bản Mỳ', 'Thôn Đồng Tâm']);
      expect(data.villages.map((v) => v.id).sort()).toEqual([...api.tenant.villageIds].sort());
      expect(data.organisations).toContainEqual({
        id: api.tenant.organisations.landDepartment,
        name: 'Phòng Kinh tế (đất đai, tài nguyên và môi trường)',
        kind: 'department',
      });
    });

    it('never shows another commune’s bodies', async () => {
      const other = await api.as('commune-chair', 'otherTenant');
      const data = await other.directory.commune.query();
      const ids = data.organisations.map((o) => o.id);
      expect(ids).not.toContain(api.tenant.organisations.landDepartment);
      expect(ids).toHaveLength(5);
    });

    it('refuses a citizen', async () => {
      const citizen = await api.as('citizen');
      expect(await statusOf(citizen.directory.commune.query())).toBe(403);
    });
  },
);
