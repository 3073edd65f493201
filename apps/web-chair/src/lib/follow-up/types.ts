import type { ApiClient } from '@doithoai/ui';

type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** `followUp.conclusionDraft`: the notice or its draft, the deadline for it, who may issue. */
export type ConclusionDraft = Out<ApiClient['followUp']['conclusionDraft']['query']>;
export type IssuedNotice = NonNullable<ConclusionDraft['notice']>;
/** A follow-up task as `followUp.list` returns it (with where its date comes from). */
export type Task = Out<ApiClient['followUp']['list']['query']>[number];
/** `followUp.get`: the task, its extensions, its trail and the steps open to me. */
export type TaskDetail = Out<ApiClient['followUp']['get']['query']>;
/** Where a date comes from: the rule and its clause, or the notice that set it. */
export type DateSource = NonNullable<Task['dateSource']>;
export type PetitionDetail = Out<ApiClient['petitions']['get']['query']>;
