import { calendarRouter } from './routers/calendar.router.js';
import { deadlinesRouter } from './routers/deadlines.router.js';
import { router } from './trpc.js';

/** One router per feature, merged here (each feature adds its own line). */
export const appRouter = router({
  calendar: calendarRouter,
  deadlines: deadlinesRouter,
  // feature routers
});

export type AppRouter = typeof appRouter;
