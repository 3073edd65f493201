import { accountsRouter } from './routers/accounts/accounts.router.js';
import { authRouter } from './routers/auth/auth.router.js';
import { calendarRouter } from './routers/calendar/calendar.router.js';
import { deadlinesRouter } from './routers/deadlines/deadlines.router.js';
import { plansRouter } from './routers/plans/plans.router.js';
import { holidaysRouter } from './routers/holidays/holidays.router.js';
import { setupRouter } from './routers/setup/setup.router.js';
import { petitionsRouter } from './routers/petitions/petitions.router.js';
import { conferenceRouter } from './routers/conference/conference.router.js';
import { followUpRouter } from './routers/follow-up/follow-up.router.js';
import { supervisionRouter } from './routers/supervision/supervision.router.js';
import { reportsRouter } from './routers/reports/reports.router.js';
import { directoryRouter } from './routers/directory/directory.router.js';
import { collectionRouter } from './routers/collection/collection.router.js';
import { publicRouter } from './routers/public/public.router.js';
import { notificationsRouter } from './routers/notifications/notifications.router.js';
import { workRouter } from './routers/work/work.router.js';
import { router } from './trpc.js';

/** One router per feature, merged here (each feature adds its own line). */
export const appRouter = router({
  calendar: calendarRouter,
  deadlines: deadlinesRouter,
  auth: authRouter,
  accounts: accountsRouter,
  holidays: holidaysRouter,
  setup: setupRouter,
  // feature routers
  directory: directoryRouter,
  followUp: followUpRouter,
  supervision: supervisionRouter,
  collection: collectionRouter,
  reports: reportsRouter,
  petitions: petitionsRouter,
  conference: conferenceRouter,
  plans: plansRouter,
  public: publicRouter,
  notifications: notificationsRouter,
  work: workRouter,
});

export type AppRouter = typeof appRouter;
