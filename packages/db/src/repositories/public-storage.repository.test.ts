import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { seedTenant } from '../testing/seed-tenant.js';
import { testDialects } from '../testing/test-databases.js';
import { listPublicCommunes } from './admin-units.repository.js';
import { listRateEventTimes, recordRateEvent } from './public-rate-events.repository.js';
import { findOrCreateSecret } from './server-secrets.repository.js';

const dialects = await testDialects();

describe.each(dialects)('the public pages’ storage on $name', (dialect) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await dialect.open();
    await seedTenant(handle.db, {
      provinceCode: '19',
      provinceName: 'Thái Nguyên',
      communeCode: '02086',
      communeName: 'Chợ Mới',
      passwordHash: 'x',
    });
  });
  afterAll(() => handle.close());

  it('generates a secret once: every later call, even with another generator, reads the same value', async () => {
    const first = await findOrCreateSecret(handle.db, 'public-form-hmac', () => 'first', 'now');
    const racing = await Promise.all([
      findOrCreateSecret(handle.db, 'public-form-hmac', () => 'second', 'now'),
      findOrCreateSecret(handle.db, 'public-form-hmac', () => 'third', 'now'),
    ]);
    expect(first).toBe('first');
    expect(racing).toEqual(['first', 'first']);
  });

  it('counts a subject’s events inside a window only, oldest first, per scope', async () => {
    const event = (scope: string, subjectHash: string, at: string) =>
      recordRateEvent(handle.db, { scope, subjectHash, at });
    await event('register-phone', 'h1', '2025-11-25T01:00:00.000Z');
    await event('register-phone', 'h1', '2025-11-25T03:00:00.000Z');
    await event('register-phone', 'h1', '2025-11-25T02:00:00.000Z');
    await event('register-phone', 'h2', '2025-11-25T02:30:00.000Z');
    await event('register-ip', 'h1', '2025-11-25T02:30:00.000Z');
    expect(
      await listRateEventTimes(handle.db, 'register-phone', 'h1', '2025-11-25T01:00:00.000Z'),
    ).toEqual(['2025-11-25T02:00:00.000Z', '2025-11-25T03:00:00.000Z']);
  });

  it('lists the communes with their province for the public pages', async () => {
    expect(await listPublicCommunes(handle.db)).toEqual([
      { code: '02086', name: 'Chợ Mới', kind: 'xã', provinceName: 'Thái Nguyên' },
    ]);
  });
});
