import { describe, expect, it } from 'vitest';
import { issueFormToken, verifyFormToken } from './form-token.js';

const KEY = 'a-test-key-of-the-installation';
const OPENED = new Date('2025-11-25T02:00:00.000Z');
const later = (seconds: number) => new Date(OPENED.getTime() + seconds * 1000);

describe('the registration form’s fill-time token', () => {
  it('is accepted for its dialogue after a person’s typing time', () => {
    const token = issueFormToken(KEY, 'plan-cho-moi-2025', OPENED);
    expect(verifyFormToken(KEY, token, 'plan-cho-moi-2025', later(40))).toEqual({
      ok: true,
      issuedAt: OPENED,
    });
  });

  it('is refused when posted within three seconds, after twelve hours, for another dialogue, or signed with another key', () => {
    const token = issueFormToken(KEY, 'plan-cho-moi-2025', OPENED);
    expect(verifyFormToken(KEY, token, 'plan-cho-moi-2025', later(2))).toEqual({
      ok: false,
      reason: 'too-fast',
    });
    expect(verifyFormToken(KEY, token, 'plan-cho-moi-2025', later(12 * 3600 + 1))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyFormToken(KEY, token, 'plan-khoen-on-2025', later(40)).ok).toBe(false);
    expect(verifyFormToken('another-key', token, 'plan-cho-moi-2025', later(40)).ok).toBe(false);
  });

  it('cannot be altered: a payload with an earlier time keeps the old signature and fails', () => {
    const token = issueFormToken(KEY, 'plan-cho-moi-2025', OPENED);
    const [, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ p: 'plan-cho-moi-2025', t: OPENED.getTime() - 60_000, n: 'x' }),
    ).toString('base64url');
    expect(verifyFormToken(KEY, `${forged}.${signature}`, 'plan-cho-moi-2025', later(1))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    for (const junk of ['', '.', 'abc', 'a.b.c', '%%%.%%%'])
      expect(verifyFormToken(KEY, junk, 'plan-cho-moi-2025', later(40)).ok).toBe(false);
  });
});
