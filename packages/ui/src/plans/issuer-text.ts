// The words that change with the plan's issuer: who approves (the head of the issuer, as the
// domain's plan machine says: Bí thư for a Party plan, Chủ tịch UBND for a government plan), the
// symbol and number forms of seeds 000 and 004, the signature block to prefill.
import { isPartyIssuer, type IssuerKind, type PlanContent } from '@doithoai/domain';

type Signer = NonNullable<PlanContent['signer']>;

export interface IssuerText {
  /** The approver, in "gửi … phê duyệt". */
  head: string;
  /** The issuing body's short name ("Đảng ủy", "UBND"). */
  body: string;
  /** The issuer's name in a commune: "Đảng ủy xã Chợ Mới". */
  issuerName: (communeName: string) => string;
  documentSymbol: string;
  symbolHint: string;
  numberHint: string;
  signerTitle: Signer['title'];
  signerAuthority: Signer['authority'];
}

const PARTY: IssuerText = {
  head: 'Bí thư',
  body: 'Đảng ủy',
  issuerName: (commune) => `Đảng ủy xã ${commune}`,
  documentSymbol: 'KH/ĐU',
  symbolHint: 'Văn bản của Đảng: KH/ĐU',
  numberHint: 'Ví dụ 14 trong 14-KH/ĐU',
  signerTitle: 'secretary',
  signerAuthority: 'on-behalf-of-standing-committee',
};

// Seed 004: "Số: …/KH-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH".
const GOVERNMENT: IssuerText = {
  head: 'Chủ tịch UBND',
  body: 'UBND',
  issuerName: (commune) => `Ủy ban nhân dân xã ${commune}`,
  documentSymbol: 'KH-UBND',
  symbolHint: 'Văn bản của UBND: KH-UBND',
  numberHint: 'Ví dụ 194 trong 194/KH-UBND',
  signerTitle: 'chair',
  signerAuthority: 'on-behalf-of-peoples-committee',
};

/**
 * The texts of the issuer kind.
 *
 * @example issuerText('peoples-committee').head // 'Chủ tịch UBND'
 */
export function issuerText(kind: IssuerKind): IssuerText {
  return isPartyIssuer(kind) ? PARTY : GOVERNMENT;
}
