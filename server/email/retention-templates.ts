import { formatDayUtc } from "@/server/rules/format";
import type { EmailMessage } from "./templates";

const signature = "\n\n— Second Round";

/** One day's share of the plans due: how many, never whose. */
export interface DueDay {
  day: Date;
  plans: number;
}

/** To an organisation's admins, RETENTION_NOTICE_DAYS before closed plans are anonymised: counts by day and where to change the period. */
export function retentionNoticeEmail(p: { recipientName: string; orgName: string; months: number; days: DueDay[]; settingsUrl: string }): EmailMessage {
  const total = p.days.reduce((n, d) => n + d.plans, 0);
  const lines = p.days.map((d) => `- ${d.plans} ${d.plans === 1 ? "plan" : "plans"} on ${formatDayUtc(d.day)}`).join("\n");
  return {
    kind: "retention_notice",
    subject: `${total} closed ${total === 1 ? "plan" : "plans"} of ${p.orgName} will be anonymised soon`,
    text:
      `Hello ${p.recipientName},\n\n${p.orgName} keeps a candidate's personal data for ${p.months} ${p.months === 1 ? "month" : "months"} after their plan closes. ` +
      `These closed plans reach that point soon; their candidates' names, addresses and private notes will then be erased, ` +
      `and what they shared will stay as the "Former candidate"'s:\n\n${lines}\n\n` +
      `To keep them longer, change the retention period in the organisation settings before then:\n\n${p.settingsUrl}` +
      signature,
  };
}
