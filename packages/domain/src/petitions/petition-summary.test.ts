import { describe, expect, it } from 'vitest';
import { petitionSummary } from './petition-summary.js';

describe('petitionSummary', () => {
  const content =
    'Đề nghị xã sớm sửa chữa đoạn đường liên thôn bị sạt lở sau mưa lũ, đi lại rất nguy hiểm.';

  it('keeps a short content whole, spaces tidied', () => {
    expect(petitionSummary('  Đường  liên thôn\nsạt lở ')).toBe('Đường liên thôn sạt lở');
  });

  it('cuts a long one at a word, with an ellipsis', () => {
    expect(petitionSummary(content, 40)).toBe('Đề nghị xã sớm sửa chữa đoạn đường liên…');
    expect(petitionSummary(content, 68)).toBe(
      'Đề nghị xã sớm sửa chữa đoạn đường liên thôn bị sạt lở sau mưa lũ…',
    );
  });
});
