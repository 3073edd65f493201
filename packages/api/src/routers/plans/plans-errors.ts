import { domainError, type DomainError, formatDocumentNumber, type Plan } from '@doithoai/domain';

/**
 * A number already given to another plan of the same issuer and year (the database's
 * `plans_issuer_year_number_unique`): a conflict the signer resolves by choosing another number.
 *
 * @example planNumberTaken(plan, 14).message // 'Số 14-KH/ĐU năm 2025 đã được cấp cho một kế hoạch khác của Đảng ủy xã Chợ Mới; …'
 */
export function planNumberTaken(plan: Plan, documentNumber: number): DomainError {
  const numberAndSymbol = formatDocumentNumber({
    number: documentNumber,
    symbol: plan.documentSymbol,
    issuerKind: plan.issuer.kind,
  });
  return domainError('PLAN_NUMBER_TAKEN', {
    documentNumber,
    numberAndSymbol,
    year: plan.year,
    issuerKind: plan.issuer.kind,
    issuerName: plan.issuer.name,
  });
}

/**
 * An office may draft only for its own commune.
 *
 * @example otherCommune('03640').category // 'forbidden'
 */
export function otherCommune(adminUnitCode: string): DomainError {
  return domainError('ADMIN_UNIT_NOT_WRITABLE', { adminUnitCode });
}
