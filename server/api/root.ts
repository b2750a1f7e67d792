import { accountRouter } from "./routers/account";
import { authRouter } from "./routers/auth";
import { consistencyRouter } from "./routers/consistency";
import { dataRightsRouter } from "./routers/data-rights";
import { debriefRouter } from "./routers/debrief";
import { devOutboxRouter } from "./routers/dev-outbox";
import { feedbackRouter } from "./routers/feedback";
import { goalRouter } from "./routers/goal";
import { insightsRouter } from "./routers/insights";
import { interviewRouter } from "./routers/interview";
import { interviewerInvitationRouter } from "./routers/interviewer-invitation";
import { interviewerJoinRouter } from "./routers/interviewer-join";
import { interviewersRouter } from "./routers/interviewers";
import { invitationRouter } from "./routers/invitation";
import { joinRouter } from "./routers/join";
import { liveRouter } from "./routers/live";
import { nextStepRouter } from "./routers/next-step";
import { notificationRouter } from "./routers/notification";
import { organisationRouter } from "./routers/organisation";
import { planRouter } from "./routers/plan";
import { preparationRouter } from "./routers/preparation";
import { schedulingRouter } from "./routers/scheduling";
import { teamRouter } from "./routers/team";
import { timelineRouter } from "./routers/timeline";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  account: accountRouter,
  organisation: organisationRouter,
  invitation: invitationRouter,
  plan: planRouter,
  join: joinRouter,
  interview: interviewRouter,
  interviewerJoin: interviewerJoinRouter,
  team: teamRouter,
  interviewerInvitation: interviewerInvitationRouter,
  interviewers: interviewersRouter,
  goal: goalRouter,
  preparation: preparationRouter,
  scheduling: schedulingRouter,
  consistency: consistencyRouter,
  debrief: debriefRouter,
  nextStep: nextStepRouter,
  timeline: timelineRouter,
  feedback: feedbackRouter,
  insights: insightsRouter,
  notification: notificationRouter,
  devOutbox: devOutboxRouter,
  live: liveRouter,
  dataRights: dataRightsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
