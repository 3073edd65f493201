import { buildTodoList, todoKindsFor, TodoItemSchema, IsoDateSchema } from '@doithoai/domain';
import { z } from 'zod';
import { ALL_STAFF } from '../../access.js';
import { router, staffProcedure } from '../../trpc.js';
import { todoCandidates } from './todo-candidates.js';

export const TodoOutputSchema = z.object({
  today: IsoDateSchema,
  items: z.array(TodoItemSchema),
});

/**
 * Each role's "Việc cần làm" (issue 15): computed on the server from the state machines (what
 * this role may act on) and the deadline engine (each item's state today); the home pages only
 * show it.
 */
export const workRouter = router({
  todo: staffProcedure(ALL_STAFF)
    .output(TodoOutputSchema)
    .query(async ({ ctx }) => ({
      today: ctx.today,
      items: buildTodoList(await todoCandidates(ctx, ctx.user, todoKindsFor(ctx.user.role))),
    })),
});
