import { describe, expect, it } from 'vitest';
import { petitionSearch } from './petition-search.js';

describe('petitionSearch', () => {
  it('finds the land field from its label typed without diacritics', () => {
    expect(petitionSearch('dat dai').terms).toEqual([
      { text: 'dat', fields: ['land-environment'] },
      { text: 'dai', fields: ['land-environment'] },
    ]);
  });

  it('reads accents and case the same way', () => {
    expect(petitionSearch('  AN NINH ')).toEqual(petitionSearch('an ninh'));
    expect(petitionSearch('Giáo dục').terms[1]?.fields).toEqual(['culture-education-health']);
  });

  it('reads a tracking code with or without its dash, in any case', () => {
    expect(petitionSearch('CMX4-D8LA').codeFragment).toBe('CMX4D8LA');
    expect(petitionSearch('cmx4d8la').codeFragment).toBe('CMX4D8LA');
    expect(petitionSearch('cmx4 d8la').codeFragment).toBe('CMX4D8LA');
    expect(petitionSearch('d8la').codeFragment).toBe('D8LA');
  });

  it('never reads a name, a number or a short word as a tracking code', () => {
    expect(petitionSearch('Nông Văn Thắng').codeFragment).toBeNull();
    expect(petitionSearch('hoang van ho 31').codeFragment).toBeNull();
    expect(petitionSearch('31').codeFragment).toBeNull();
    expect(petitionSearch('Nông Văn Thắng').terms.map((t) => t.text)).toEqual([
      'nong',
      'van',
      'thang',
    ]);
  });
});
