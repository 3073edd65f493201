import type { RouterOutputs } from '@doithoai/api/client';

/** `followUp.deadlineBoard`: three columns, each grouped by responsible body. */
export type Board = RouterOutputs['followUp']['deadlineBoard'];
export type BoardColumn = Board['buckets'][number];
export type BoardRow = BoardColumn['groups'][number]['rows'][number];
