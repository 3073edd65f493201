import { toSearchKey } from '../common/text.js';
import { TRACKING_CODE_ALPHABET } from './tracking-code.js';
import { PETITION_FIELD_LABELS, type PetitionField } from './triage.schema.js';

/** One word of an inbox search and the fields whose Vietnamese label holds it. */
export interface PetitionSearchTerm {
  /** Lower case, without diacritics. */
  readonly text: string;
  readonly fields: readonly PetitionField[];
}

/** An inbox search as the database compares it. */
export interface PetitionSearch {
  /** Every word must match the name, content, address or field label. */
  readonly terms: readonly PetitionSearchTerm[];
  /**
   * Or the whole query is (part of) a tracking code: upper case, without the dash or spaces;
   * null when the query cannot be one (a letter outside the code's alphabet, fewer than 4).
   */
  readonly codeFragment: string | null;
}

const FIELD_KEYS = (Object.entries(PETITION_FIELD_LABELS) as [PetitionField, string][]).map(
  ([field, label]) => [field, toSearchKey(label)] as const,
);

/** Symbols of the codes' own alphabet; four at least, so "31" never lists codes. */
const CODE_FRAGMENT = new RegExp(`^[${TRACKING_CODE_ALPHABET}]{4,8}$`, 'u');

/**
 * An inbox search prepared for the database: the office types what it reads on screen —
 * "dat dai" for the field "Đất đai, tài nguyên và môi trường" (never the field's code), a name,
 * words of the content, or the citizen's tracking code with or without its dash, in any case.
 *
 * @example petitionSearch('Đất đai').terms[0]?.fields // ['land-environment']
 * @example petitionSearch('cmx4 d8la').codeFragment // 'CMX4D8LA'
 */
export function petitionSearch(query: string): PetitionSearch {
  const key = toSearchKey(query);
  const terms = key
    .split(' ')
    .filter(Boolean)
    .map((text) => ({
      text,
      fields: FIELD_KEYS.filter(([, label]) => label.includes(text)).map(([field]) => field),
    }));
  const compact = key.replace(/[\s\-‐‑–]/gu, '').toUpperCase();
  return { terms, codeFragment: CODE_FRAGMENT.test(compact) ? compact : null };
}
