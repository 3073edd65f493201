import type { ApiClient } from '@doithoai/ui';

/** `plans.list`: the commune's dialogues, for the pickers. */
export type PlanRow = Awaited<ReturnType<ApiClient['plans']['list']['query']>>[number];
/** `collection.overview`: tally per village, the forwarding deadline, the forwardings. */
export type Overview = Awaited<ReturnType<ApiClient['collection']['overview']['query']>>;
/** `collection.previewImport`: every row as read, with its problems. */
export type ImportPreview = Awaited<ReturnType<ApiClient['collection']['previewImport']['mutate']>>;
/** `supervision.board`: one line of the board. */
export type BoardItem = Awaited<ReturnType<ApiClient['supervision']['board']['query']>>[number];
/** `supervision.list`: one finding. */
export type Finding = Awaited<ReturnType<ApiClient['supervision']['list']['query']>>[number];
/** `supervision.report`. */
export type SupervisionReport = Awaited<ReturnType<ApiClient['supervision']['report']['query']>>;
/** `directory.commune`: the commune's villages and bodies. */
export type Directory = Awaited<ReturnType<ApiClient['directory']['commune']['query']>>;
