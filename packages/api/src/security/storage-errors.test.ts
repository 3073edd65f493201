import { describe, expect, it } from 'vitest';
import { unavailableStorage } from '../errors.js';

// The driver codes that mean "the database cannot take this write now, try again": mapped to
// the retryable 503s the fault suite checks end to end on SQLite (apps/server/src/faults).

const driverError = (code: string) => Object.assign(new Error('driver message'), { code });

describe('busy and full databases become retryable refusals', () => {
  it.each([
    ['SQLITE_BUSY', 'DATABASE_BUSY'],
    ['SQLITE_BUSY_SNAPSHOT', 'DATABASE_BUSY'],
    ['SQLITE_LOCKED', 'DATABASE_BUSY'],
    ['55P03', 'DATABASE_BUSY'], // PostgreSQL lock_not_available
    ['SQLITE_FULL', 'STORAGE_FULL'],
    ['53100', 'STORAGE_FULL'], // PostgreSQL disk_full
  ])('%s → %s, retryable after 5 s, with a Vietnamese message', (code, domainCode) => {
    const refusal = unavailableStorage(driverError(code));
    expect(refusal).toMatchObject({
      code: domainCode,
      details: { retryable: true, retryAfterSeconds: 5 },
    });
    expect(refusal?.message).toMatch(/Vui lòng .*gửi lại/u);
  });

  it.each(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR', '23505', '42P01'])(
    'leaves %s alone (not a condition that passes by itself)',
    (code) => {
      expect(unavailableStorage(driverError(code))).toBeNull();
    },
  );

  it('leaves errors without a driver code alone', () => {
    expect(unavailableStorage(new Error('boom'))).toBeNull();
    expect(unavailableStorage(null)).toBeNull();
    expect(unavailableStorage('SQLITE_BUSY')).toBeNull();
  });

  it.each([
    ['57P01'], // admin_shutdown: pg_terminate_backend, a restart
    ['57P03'], // cannot_connect_now: starting up, failing over
    ['08006'], // connection_failure
    ['ECONNREFUSED'],
    ['ECONNRESET'],
  ])('a lost PostgreSQL connection (%s) → DATABASE_UNAVAILABLE, retryable after 5 s', (code) => {
    expect(unavailableStorage(driverError(code))).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      details: { retryable: true, retryAfterSeconds: 5 },
    });
  });

  it('recognises node-postgres dropped sockets, which carry no code, also wrapped as a cause', () => {
    expect(unavailableStorage(new Error('Connection terminated unexpectedly'))?.code).toBe(
      'DATABASE_UNAVAILABLE',
    );
    const wrapped = new Error('query failed', {
      cause: new Error('Client has encountered a connection error and is not queryable'),
    });
    expect(unavailableStorage(wrapped)?.code).toBe('DATABASE_UNAVAILABLE');
    expect(unavailableStorage(new Error('relation "petitions" does not exist'))).toBeNull();
  });
});
