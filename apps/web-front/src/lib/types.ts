import type { RouterOutputs } from '@doithoai/api/client';

/** `plans.list`: the commune's dialogues, for the pickers. */
export type PlanRow = RouterOutputs['plans']['list'][number];
/** `collection.overview`: tally per village, the forwarding deadline, the forwardings. */
export type Overview = RouterOutputs['collection']['overview'];
/** `collection.previewImport`: every row as read, with its problems. */
export type ImportPreview = RouterOutputs['collection']['previewImport'];
/** `supervision.board`: one line of the board. */
export type BoardItem = RouterOutputs['supervision']['board'][number];
/** `supervision.list`: one finding. */
export type Finding = RouterOutputs['supervision']['list'][number];
/** `supervision.report`. */
export type SupervisionReport = RouterOutputs['supervision']['report'];
/** `directory.commune`: the commune's villages and bodies. */
export type Directory = RouterOutputs['directory']['commune'];
