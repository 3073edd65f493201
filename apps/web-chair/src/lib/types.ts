import type { ApiClient } from '@doithoai/ui';

/** A petition as `petitions.list` returns it. */
export type Petition = Awaited<
  ReturnType<ApiClient['petitions']['list']['query']>
>['items'][number];
/** `petitions.get`: the petition, its answers, its duplicates, its trail, the steps open to me. */
export type PetitionDetail = Awaited<ReturnType<ApiClient['petitions']['get']['query']>>;
/** The filters of `petitions.list`. */
export type ListFilters = Parameters<ApiClient['petitions']['list']['query']>[0];
export type Directory = Awaited<ReturnType<ApiClient['directory']['commune']['query']>>;
export type PlanRow = Awaited<ReturnType<ApiClient['plans']['list']['query']>>[number];
