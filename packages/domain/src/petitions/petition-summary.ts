/**
 * The start of a petition's content, cut at a word within `max` characters, for the places that
 * name a petition in one line (a finding's "Về việc", a report's row) next to its tracking code.
 *
 * @example petitionSummary('Đề nghị xã sớm sửa chữa đoạn đường liên thôn bị sạt lở sau mưa lũ', 40) // 'Đề nghị xã sớm sửa chữa đoạn đường liên…'
 */
export function petitionSummary(content: string, max = 120): string {
  const text = content.replace(/\s+/gu, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/u, '')}…`;
}
