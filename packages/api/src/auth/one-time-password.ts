import { randomInt } from 'node:crypto';

// Lower-case letters and digits a person reads aloud or copies from paper without confusing them
// (no 0/o, 1/l/i): 31 symbols, 16 of them ≈ 79 bits, in four groups of four for reading out.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A one-time password for a reset (issue 14): 19 characters, so it passes the policy's length
 * rule, from the system's cryptographic random source.
 *
 * @example generateOneTimePassword() // 'k7mq-2xbf-9trn-hd4p'
 */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group += 1) {
    let text = '';
    for (let i = 0; i < 4; i += 1) text += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(text);
  }
  return groups.join('-');
}
