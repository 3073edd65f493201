import type { ApiClient } from '@doithoai/ui';

/** `followUp.deadlineBoard`: three columns, each grouped by responsible body. */
export type Board = Awaited<ReturnType<ApiClient['followUp']['deadlineBoard']['query']>>;
export type BoardColumn = Board['buckets'][number];
export type BoardRow = BoardColumn['groups'][number]['rows'][number];
