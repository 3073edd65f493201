import type { FollowUpPlanFacts } from '@doithoai/db';
import { checkPlanConventions, type Signer } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';

/**
 * The notice follows its issuer's document conventions, as the plan does (the domain's
 * `checkPlanConventions`): a Party notice is "TB/ĐU" and signed for the standing committee, a
 * government one "TB-UBND" and signed for the People's Committee. BAD_REQUEST otherwise, with
 * the domain's messages per field.
 *
 * @example assertNoticeConventions(plan, { documentSymbol: 'TB-UBND' })
 */
export function assertNoticeConventions(
  plan: Pick<FollowUpPlanFacts, 'issuerKind' | 'adminUnitCode'>,
  notice: { documentSymbol: string; signer?: Signer | undefined },
): void {
  const conventions = z.unknown().superRefine((_, ctx) =>
    checkPlanConventions(
      {
        issuer: {
          kind: plan.issuerKind,
          name: 'cơ quan ban hành',
          adminUnitCode: plan.adminUnitCode,
        },
        documentSymbol: notice.documentSymbol,
        signer: notice.signer,
      },
      ctx,
    ),
  );
  const parsed = conventions.safeParse(notice);
  if (parsed.success) return;
  throw new TRPCError({
    code: 'BAD_REQUEST',
    message: parsed.error.issues.map((i) => i.message).join(' '),
    cause: parsed.error,
  });
}
