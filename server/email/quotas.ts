import type { Db } from "@/db/client";
import { AppError } from "@/server/domain/errors";
import { giveBackSlot, takeSlot, type RateLimitPolicy } from "@/server/domain/rate-limit";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What an email a person causes is for; each purpose has its own per-person counts. */
export type EmailPurpose = "invitation" | "meeting_update";

/**
 * Every outbound-email quota, in one place. Per sender: one account cannot
 * flood anyone. Per organisation: many accounts of one organisation cannot
 * either. Per recipient: nobody's inbox is flooded, from one organisation or
 * from all of them together.
 */
export const emailQuotas = {
  perSender: {
    invitation: { limit: 30, windowMs: HOUR },
    meeting_update: { limit: 30, windowMs: HOUR },
  },
  perOrganisation: { limit: 500, windowMs: DAY },
  perRecipientFromOrganisation: {
    invitation: { limit: 10, windowMs: DAY },
    meeting_update: { limit: 10, windowMs: DAY },
  },
  perRecipient: { limit: 20, windowMs: DAY },
  /** Notifications emailed one by one (to a candidate with no account to batch them for), per organisation. */
  notificationsToRecipientFromOrganisation: { limit: 5, windowMs: DAY },
} satisfies {
  perSender: Record<EmailPurpose, RateLimitPolicy>;
  perOrganisation: RateLimitPolicy;
  perRecipientFromOrganisation: Record<EmailPurpose, RateLimitPolicy>;
  perRecipient: RateLimitPolicy;
  notificationsToRecipientFromOrganisation: RateLimitPolicy;
};

const nouns: Record<EmailPurpose, string> = { invitation: "invitations", meeting_update: "meeting updates" };

function window(policy: RateLimitPolicy): string {
  return policy.windowMs === HOUR ? "the last hour" : "the last 24 hours";
}

function whenAgain(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes === 1) return "in a minute";
  if (minutes < 90) return `in ${minutes} minutes`;
  return `in ${Math.ceil(minutes / 60)} hours`;
}

export interface EmailSend {
  purpose: EmailPurpose;
  /** The person whose action sends it; null for the system's own emails. */
  senderId: string | null;
  orgId: string;
  to: string;
  /** The form field the recipient's address came from, so a refusal shows next to it. */
  recipientField?: string;
}

/**
 * Takes a slot of every quota the email counts against, or refuses with
 * TOO_MANY_REQUESTS. Call it in the transaction that queues the email: a
 * refusal rolls back the slots already taken and everything else, so a
 * refused send writes nothing and costs nothing.
 */
export async function takeEmailQuota(tx: Db, send: EmailSend, now = new Date()): Promise<void> {
  const to = send.to.toLowerCase();
  const noun = nouns[send.purpose];
  const checks: { key: string; policy: RateLimitPolicy; refusal: (retry: string) => AppError }[] = [];
  if (send.senderId) {
    const policy = emailQuotas.perSender[send.purpose];
    checks.push({
      key: `email:${send.purpose}:sender:${send.senderId}`,
      policy,
      refusal: (retry) => new AppError("TOO_MANY_REQUESTS", `You've sent ${policy.limit} ${noun} in ${window(policy)}; try again ${retry}.`),
    });
  }
  checks.push(
    {
      key: `email:org:${send.orgId}`,
      policy: emailQuotas.perOrganisation,
      refusal: (retry) =>
        new AppError(
          "TOO_MANY_REQUESTS",
          `Your organisation has sent ${emailQuotas.perOrganisation.limit} emails in ${window(emailQuotas.perOrganisation)}; try again ${retry}.`,
        ),
    },
    {
      key: `email:${send.purpose}:org:${send.orgId}:to:${to}`,
      policy: emailQuotas.perRecipientFromOrganisation[send.purpose],
      refusal: (retry) => {
        const policy = emailQuotas.perRecipientFromOrganisation[send.purpose];
        return new AppError(
          "TOO_MANY_REQUESTS",
          `Your organisation has sent ${policy.limit} ${noun} to ${to} in ${window(policy)}; try again ${retry}.`,
          send.recipientField,
        );
      },
    },
    {
      // Across organisations: says nothing of who else wrote, only that this inbox has had enough for now.
      key: `email:to:${to}`,
      policy: emailQuotas.perRecipient,
      refusal: (retry) =>
        new AppError("TOO_MANY_REQUESTS", `${to} has received too many emails from Second Round in the last 24 hours; try again ${retry}.`, send.recipientField),
    },
  );
  for (const check of checks) {
    const slot = await takeSlot(tx, check.key, check.policy, now);
    if (!slot.allowed) throw check.refusal(whenAgain(slot.retryAfterSeconds));
  }
}

/**
 * For a notification emailed on its own: takes a slot of the recipient's
 * notification quota and of their inbox's quota, and answers whether the
 * email may go. It never refuses the change that caused it: past a quota the
 * email is left out (the plan shows every change), and a slot taken for an
 * email that does not go is given back.
 */
export async function takeNotificationEmailSlot(tx: Db, send: { orgId: string; to: string }, now = new Date()): Promise<boolean> {
  const to = send.to.toLowerCase();
  const fromOrganisation = `email:notification:org:${send.orgId}:to:${to}`;
  const notification = await takeSlot(tx, fromOrganisation, emailQuotas.notificationsToRecipientFromOrganisation, now);
  if (!notification.allowed) return false;
  if ((await takeSlot(tx, `email:to:${to}`, emailQuotas.perRecipient, now)).allowed) return true;
  await giveBackSlot(tx, fromOrganisation, notification.windowStartedAt);
  return false;
}
