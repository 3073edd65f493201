import type { RouterInputs, RouterOutputs } from '@doithoai/api/client';

/** A petition as `petitions.list` returns it. */
export type Petition = RouterOutputs['petitions']['list']['items'][number];
/** `petitions.get`: the petition, its answers, its duplicates, its trail, the steps open to me. */
export type PetitionDetail = RouterOutputs['petitions']['get'];
/** The filters of `petitions.list`. */
export type ListFilters = RouterInputs['petitions']['list'];
export type Directory = RouterOutputs['directory']['commune'];
export type PlanRow = RouterOutputs['plans']['list'][number];
