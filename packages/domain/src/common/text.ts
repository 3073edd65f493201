import { z } from 'zod';

/**
 * Characters that change how text is shown but are not letters (issue 17): bidi embeddings and
 * overrides U+202A–U+202E and isolates U+2066–U+2069 (a name typed with U+202E is stored and shown
 * reversed), the marks U+200E/U+200F, zero-width space, non-joiner and joiner U+200B–U+200D,
 * word joiner U+2060, the byte-order mark U+FEFF and the soft hyphen U+00AD (a name split by one
 * looks the same and breaks search and duplicate detection).
 */
export const FORMAT_CHARACTERS = /[\u00AD\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/**
 * The text without format characters: what a person meant to type.
 *
 * @example stripFormatCharacters('Nông\u200BVăn \u202EThắng') // 'NôngVăn Thắng'
 */
export function stripFormatCharacters(text: string): string {
  return text.replace(FORMAT_CHARACTERS, '');
}

/**
 * Canonical stored form of free text: Unicode NFC (a Vietnamese IME may send NFD, where "ộ" is
 * "o" + two combining marks), no leading or trailing space, runs of white space collapsed.
 *
 * @example normalizeText('  Thôn   Bản\tMỳ ') // 'Thôn Bản Mỳ'
 */
export function normalizeText(text: string): string {
  return stripFormatCharacters(text).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A key for searching and for spotting duplicates: lower case, no diacritics, white space
 * collapsed, so "Đất đai", "dat dai" and the NFD spelling of "Đất đai" give the same key.
 * "đ"/"Đ" are separate letters in Unicode, not "d" plus a combining mark, so they are mapped
 * by hand after the marks are stripped.
 *
 * @example toSearchKey('Đất  đai - Tài nguyên môi trường') // 'dat dai - tai nguyen moi truong'
 */
export function toSearchKey(text: string): string {
  return (
    stripFormatCharacters(text)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Text converted from old 8-bit fonts (TCVN3, VNI) sometimes carries "Ð" (U+00D0) for "Đ".
      .replace(/[đð]/gu, 'd')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/**
 * A required, trimmed, NFC-normalised text field whose Vietnamese messages name the field.
 * Format characters are stripped first (`stripFormatCharacters`), so every person-typed name,
 * address and content is stored as it reads, and a field holding only them is empty.
 *
 * @example requiredText('Họ và tên', 200).safeParse('  ').error?.issues[0]?.message // 'Họ và tên không được để trống.'
 */
export function requiredText(label: string, max = 2000) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${label} không được để trống.`
          : `${label} phải là chuỗi ký tự.`,
    })
    .overwrite(stripFormatCharacters)
    .trim()
    .normalize('NFC')
    .min(1, `${label} không được để trống.`)
    .max(max, `${label} không được dài quá ${max} ký tự.`);
}

/**
 * A list of required text items (e.g. the purposes of a plan, one paragraph each).
 *
 * @example textList('Mục đích').parse([' Nắm bắt tâm tư, nguyện vọng của Nhân dân. ']) // ['Nắm bắt tâm tư, nguyện vọng của Nhân dân.']
 */
export function textList(label: string, max = 4000) {
  return z.array(requiredText(label, max), { error: `${label} phải là một danh sách.` });
}
