import { and, asc, eq } from "drizzle-orm";
import addressparser from "nodemailer/lib/addressparser";
import type { Db } from "@/db/client";
import { memberships, planInterviewers, users, type Plan, type PlanSide } from "@/db/schema";
import type { EmailCalendar } from "@/server/email/templates";
import { env } from "@/server/env";
import { planPathFor } from "@/server/rules/plan-urls";
import { meetingIcs, type CalendarMethod, type CalendarPerson } from "./meeting-ics";

/**
 * The organiser of a plan's meeting: the recruiter who created the plan while they are still a member
 * of its organisation (the candidate's calendar sends its reply there), else the app's own sender.
 */
export async function meetingOrganizer(db: Db, plan: Pick<Plan, "orgId" | "createdById">): Promise<CalendarPerson> {
  if (plan.createdById) {
    const [creator] = await db
      .select({ name: users.name, email: users.email })
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, plan.orgId)))
      .where(eq(users.id, plan.createdById));
    if (creator) return creator;
  }
  const [sender] = addressparser(env().MAIL_FROM, { flatten: true });
  return { name: sender?.name || "Second Round", email: sender?.address ?? env().MAIL_FROM };
}

/** Whom a copy of the meeting is for, and where they open the plan. */
interface CalendarReader {
  attendee: CalendarPerson;
  planPath: string;
}

async function planCalendar(
  db: Db,
  plan: Plan,
  method: CalendarMethod,
  reader: CalendarReader,
  interviewers?: { name: string; jobTitle: string }[],
): Promise<string> {
  const people =
    interviewers ??
    (await db
      .select({ name: planInterviewers.name, jobTitle: planInterviewers.jobTitle })
      .from(planInterviewers)
      .where(eq(planInterviewers.planId, plan.id))
      .orderBy(asc(planInterviewers.position)));
  return meetingIcs(
    {
      ...plan,
      planId: plan.id,
      interviewers: people,
      cancelled: plan.cancelledAt !== null,
      organizer: await meetingOrganizer(db, plan),
      attendee: reader.attendee,
      appUrl: env().APP_URL,
      planPath: reader.planPath,
    },
    method,
  );
}

/** The plan's meeting as a downloadable file (PUBLISH), linking back to the reader's own view of the plan. */
export async function planMeetingFile(
  db: Db,
  plan: Plan,
  interviewers: { name: string; jobTitle: string }[],
  reader: PlanSide,
): Promise<{ filename: string; ics: string }> {
  const copy = { attendee: candidateOf(plan), planPath: planPathFor(reader, plan.id) };
  return { filename: "second-interview.ics", ics: await planCalendar(db, plan, "PUBLISH", copy, interviewers) };
}

function candidateOf(plan: Plan): CalendarPerson {
  return { name: plan.candidateName, email: plan.candidateEmail };
}

/**
 * The invitation an email carries: REQUEST while the meeting stands (with the plan as it is now, so
 * a resend or a new time updates the event in place), CANCEL once it is called off. For the
 * candidate unless `reader` names an interviewer of the plan, whose copy opens their own page.
 */
export async function meetingInvitation(
  db: Db,
  plan: Plan,
  method: "REQUEST" | "CANCEL",
  reader: CalendarReader = { attendee: candidateOf(plan), planPath: planPathFor("candidate", plan.id) },
): Promise<EmailCalendar> {
  return { method, filename: "invite.ics", content: await planCalendar(db, plan, method, reader) };
}
