import { accountRouter } from "./routers/account";
import { authRouter } from "./routers/auth";
import { devOutboxRouter } from "./routers/dev-outbox";
import { invitationRouter } from "./routers/invitation";
import { organisationRouter } from "./routers/organisation";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  account: accountRouter,
  organisation: organisationRouter,
  invitation: invitationRouter,
  devOutbox: devOutboxRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
