import {
  PETITION_STATUSES_NEEDING_ACTION,
  type DeadlineFilter,
  type PetitionChannel,
  type PetitionField,
  type PetitionStatus,
} from '@doithoai/domain';
import type { ListFilters } from '../types.js';

/** The inbox's filters as the form holds them ('' = any). */
export interface InboxFilters {
  planId: string;
  /** 'needs-action': every state the commune still has to act on (the inbox's default). */
  status: PetitionStatus | 'needs-action' | '';
  field: PetitionField | '';
  villageId: string;
  channel: PetitionChannel | '';
  late: '' | 'yes' | 'no';
  assignedOrganisationId: string;
  deadline: DeadlineFilter | '';
  q: string;
  duplicateGroupId: string;
  order: 'oldest' | 'newest';
}

export const NO_FILTERS: InboxFilters = {
  planId: '',
  status: '',
  field: '',
  villageId: '',
  channel: '',
  late: '',
  assignedOrganisationId: '',
  deadline: '',
  q: '',
  duplicateGroupId: '',
  order: 'oldest',
};

/**
 * The inbox opens on what needs action, oldest first — the work waiting longest (issue 18: it
 * opened on everything, the oldest settled petitions on top).
 */
export const INBOX_DEFAULTS: InboxFilters = { ...NO_FILTERS, status: 'needs-action' };

/** The inbox's sort choices. */
export const INBOX_ORDERS = {
  oldest: 'Cũ nhất trước (chờ lâu nhất)',
  newest: 'Mới nhất trước',
} as const satisfies Record<InboxFilters['order'], string>;

/**
 * The `petitions.list` input for the filters that are set, one page of `limit` after `cursor`.
 *
 * @example listInput({ ...NO_FILTERS, late: 'yes', q: 'dat dai' }, 20).isLate // true
 */
export function listInput(filters: InboxFilters, limit: number, cursor?: string): ListFilters {
  const f = filters;
  return {
    limit,
    ...(cursor ? { cursor } : {}),
    ...(f.planId ? { planId: f.planId } : {}),
    ...(f.status === 'needs-action'
      ? { statuses: [...PETITION_STATUSES_NEEDING_ACTION] }
      : f.status
        ? { statuses: [f.status] }
        : {}),
    ...(f.order === 'newest' ? { newestFirst: true } : {}),
    ...(f.field ? { field: f.field } : {}),
    ...(f.villageId ? { villageId: f.villageId } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.late ? { isLate: f.late === 'yes' } : {}),
    ...(f.assignedOrganisationId ? { assignedOrganisationId: f.assignedOrganisationId } : {}),
    ...(f.deadline ? { deadline: f.deadline } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.duplicateGroupId ? { duplicateGroupId: f.duplicateGroupId } : {}),
  };
}

/**
 * A short label per duplicate group on a page ("Nhóm 1", "Nhóm 2"…), in order of appearance, so
 * the rows of one group read as one issue.
 *
 * @example groupLabels([{ duplicateGroupId: 'g' }, { duplicateGroupId: null }, { duplicateGroupId: 'g' }]).get('g') // 'Nhóm 1'
 */
export function groupLabels(rows: readonly { duplicateGroupId: string | null }[]) {
  const labels = new Map<string, string>();
  for (const row of rows)
    if (row.duplicateGroupId && !labels.has(row.duplicateGroupId))
      labels.set(row.duplicateGroupId, `Nhóm ${labels.size + 1}`);
  return labels;
}
