// Server-side entry: the router, its context and the HTTP app, for apps/server and tests.
export { appRouter, type AppRouter } from './root.js';
export { buildContext, type ApiDependencies, type Context, type SessionUser } from './context.js';
export { createCalendarProvider, type CalendarProvider } from './calendar-provider.js';
export { createApiApp, type HttpOptions } from './http/app.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { newPasswordProblem } from './auth/common-passwords.js';
export { issueSetupLink, SETUP_LINK_VALID_MS } from './auth/setup-link.js';
export { SESSION_COOKIE } from './auth/sessions.js';
export { CATEGORY_TO_TRPC } from './errors.js';
export { createCallerFactory, type Access, type ProcedureMeta } from './trpc.js';
// For tooling/bench: the list's per-row mapping, measured as the list runs it.
export { toPetitionView, type PetitionView } from './routers/petitions/petition-view.js';
// The daily deadline digests (issue 15), run by the server once a day.
export { enqueueDeadlineDigests } from './notifications/deadline-digests.js';
