import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type Plan } from "@/db/schema";
import { enqueueEmail } from "@/server/email/outbox";
import { takeNotificationEmailSlot } from "@/server/email/quotas";
import { planSummaryEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { absoluteUrl } from "@/server/rules/plan-urls";
import type { PlanRole } from "@/server/rules/plan-roles";
import { summaryPathFor } from "@/server/rules/summary";
import { organisationRecipients } from "./org-recipients";

/**
 * The next steps have just become agreed by both sides (next-steps.ts
 * syncAgreement, once per agreement, under the plan's lock): the candidate and
 * the organisation's recipient (the recruiter who created the plan while still
 * a member, otherwise its admins) each get a link to their own summary. Like
 * every notification email, only to those with notification emails on, and
 * within the recipient's notification quota: past it the email is left out,
 * the agreement stands and the plan page offers the summary. Written in the
 * caller's transaction.
 */
export async function emailSummaryOnAgreement(tx: Db, plan: Plan): Promise<void> {
  const organisation = await organisationRecipients(tx, { orgId: plan.orgId, preferredUserId: plan.createdById });
  const readers: { id: string; role: PlanRole }[] = [
    ...(plan.candidateUserId ? [{ id: plan.candidateUserId, role: "candidate" as const }] : []),
    ...organisation.filter((r) => r.id !== plan.candidateUserId).map((r) => ({ id: r.id, role: "recruiter" as const })),
  ];
  if (!readers.length) return;
  const people = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(inArray(users.id, readers.map((r) => r.id)), eq(users.notificationEmails, true)));
  for (const person of people) {
    const role = readers.find((r) => r.id === person.id)!.role;
    if (!(await takeNotificationEmailSlot(tx, { orgId: plan.orgId, to: person.email }))) continue;
    await enqueueEmail(
      tx,
      person.email,
      planSummaryEmail({
        recipientName: person.name,
        roleTitle: plan.roleTitle,
        hiringCompany: plan.hiringCompany,
        url: absoluteUrl(env().APP_URL, summaryPathFor(role, plan.id)),
      }),
    );
  }
}
