import type { z } from 'zod';
import type { RuleOverride } from '../deadlines/rule.schema.js';
import { isPartyIssuer, isSymbolConventional, type Issuer } from './plan-document.schema.js';
import { isPartyAuthority, type Signer } from './signer.schema.js';

/** The parts of a plan (or of a partial draft) the conventions look at. */
interface ConventionFields {
  issuer?: Issuer | undefined;
  documentSymbol?: string | undefined;
  signer?: Signer | undefined;
  scheduleOverrides?: readonly RuleOverride[] | undefined;
}

/**
 * Rules any plan keeps, draft or not: the symbol and the signing authority follow the
 * issuer's convention (Party or state), and each deadline rule is overridden at most once.
 * Used as a zod refinement by `PlanSchema` and `CreatePlanInputSchema`.
 *
 * @example PlanContentSchema.partial().superRefine(checkPlanConventions).safeParse({ issuer, documentSymbol: 'KH-UBND' })
 * // with a Party issuer: an issue at ['documentSymbol'] 'Ký hiệu văn bản của Đảng viết dạng KH/ĐU (Hướng dẫn 36-HD/VPTW).'
 */
export function checkPlanConventions(plan: ConventionFields, ctx: z.RefinementCtx): void {
  const { issuer, documentSymbol, signer } = plan;
  if (
    issuer !== undefined &&
    documentSymbol !== undefined &&
    !isSymbolConventional(documentSymbol, issuer.kind)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['documentSymbol'],
      message: isPartyIssuer(issuer.kind)
        ? 'Ký hiệu văn bản của Đảng viết dạng KH/ĐU (Hướng dẫn 36-HD/VPTW).'
        : 'Ký hiệu văn bản hành chính viết dạng KH-UBND (Nghị định 30/2020/NĐ-CP).',
    });
  }
  if (
    issuer !== undefined &&
    signer !== undefined &&
    isPartyAuthority(signer.authority) !== isPartyIssuer(issuer.kind)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['signer', 'authority'],
      message: 'Thẩm quyền ký không phù hợp với cơ quan ban hành.',
    });
  }
  const ruleIds = (plan.scheduleOverrides ?? []).map((o) => o.ruleId);
  if (new Set(ruleIds).size !== ruleIds.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['scheduleOverrides'],
      message: 'Mỗi thời hạn chỉ được điều chỉnh một lần trong kế hoạch.',
    });
  }
}
