import { formatDocumentNumber, formatVietnameseDate, type Plan } from '@doithoai/domain';

/**
 * "Kế hoạch số 194/KH-UBND ngày 06/08/2025 của Ủy ban nhân dân xã Sơn Tây Hạ" — how a later
 * document cites the plan it carries out; "số …" stays blank before the plan is numbered.
 */
export function planCitation(plan: Plan): string {
  const number = formatDocumentNumber({
    number: plan.documentNumber,
    symbol: plan.documentSymbol,
    issuerKind: plan.issuer.kind,
  });
  const date = plan.issuedOn ? ` ngày ${formatVietnameseDate(plan.issuedOn)}` : '';
  return `Kế hoạch số ${plan.documentNumber === undefined ? '     ' : ''}${number}${date} của ${plan.issuer.name}`;
}

/**
 * The symbol of another document of the same issuer: "KH-UBND" → "TB-UBND", "KH/ĐU" → "TB/ĐU"
 * (NĐ 30 Phụ lục III: TB = Thông báo, GM = Giấy mời, BB = Biên bản, BC = Báo cáo; HD 36 Phụ lục 3).
 */
export function siblingSymbol(plan: Pick<Plan, 'documentSymbol'>, kind: string): string {
  return plan.documentSymbol.replace(/^[^/-]+/u, kind);
}
