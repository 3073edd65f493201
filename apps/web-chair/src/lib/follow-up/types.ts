import type { RouterOutputs } from '@doithoai/api/client';

/** `followUp.conclusionDraft`: the notice or its draft, the deadline for it, who may issue. */
export type ConclusionDraft = RouterOutputs['followUp']['conclusionDraft'];
export type IssuedNotice = NonNullable<ConclusionDraft['notice']>;
/** A follow-up task as `followUp.list` returns it (with where its date comes from). */
export type Task = RouterOutputs['followUp']['list'][number];
/** `followUp.get`: the task, its extensions, its trail and the steps open to me. */
export type TaskDetail = RouterOutputs['followUp']['get'];
/** Where a date comes from: the rule and its clause, or the notice that set it. */
export type DateSource = NonNullable<Task['dateSource']>;
export type PetitionDetail = RouterOutputs['petitions']['get'];
