import { count, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals, nextSteps, outbox, plans } from "@/db/schema";
import { outboxMessageId } from "@/server/email/message-id";
import type { SmtpInbox } from "../smtp-inbox";
import type { AppServer } from "./app-server";
import type { Outage } from "./fault-schedule";
import type { HealthSample } from "./health-watch";
import type { LoadLog, RequestRecord, WriteKind, WriteRecord } from "./load";

export interface CheckResult {
  name: string;
  ok: boolean;
  /** Figures for the summary, and on failure what went wrong (a few examples, not thousands). */
  details: string[];
}

const examples = (lines: string[], max = 5) => (lines.length > max ? [...lines.slice(0, max), `… and ${lines.length - max} more`] : lines);
const describe = (r: RequestRecord) =>
  `${r.action} by ${r.session} at ${new Date(r.startedAt).toISOString().slice(11, 23)}: ${r.answer.networkError ?? r.answer.status} in ${Math.round(r.answer.ms)} ms`;

export function appStayedUp(app: AppServer, log: LoadLog): CheckResult {
  const unanswered = log.requests.filter((r) => r.answer.networkError);
  return {
    name: "the app stayed up and answered every request",
    ok: !app.exit && !unanswered.length,
    details: [
      ...(app.exit ? [`next start exited: ${JSON.stringify(app.exit)}`] : []),
      ...examples(unanswered.map(describe)),
      `${log.requests.length} requests, ${log.writes.length} writes`,
    ],
  };
}

const overlaps = (r: RequestRecord, o: Outage) => r.startedAt <= o.end && r.startedAt + r.answer.ms >= o.start;

/**
 * The app must not hang while the database is away: a request that fails, fails within `limitMs` (or the
 * outage's own limit). One that waited for the database coming back and then succeeded is what its user
 * wanted, so it only has to stay within `hangMs` (the hang this guards against lasted 21 s).
 */
export function fastAnswersDuringOutages(log: LoadLog, outages: Outage[], limitMs: number, hangMs: number): CheckResult {
  const details: string[] = [];
  let ok = true;
  for (const outage of outages) {
    const during = log.requests.filter((r) => overlaps(r, outage));
    const failed = during.filter((r) => r.answer.status >= 500 || r.answer.status === 0);
    const outageLimitMs = outage.answerMs ?? limitMs;
    const slowFailures = failed.filter((r) => r.answer.ms > outageLimitMs);
    const hung = during.filter((r) => r.answer.ms > hangMs);
    const slowest = (rs: RequestRecord[]) => Math.round(Math.max(0, ...rs.map((r) => r.answer.ms)));
    const ownLimit = outage.answerMs ? `, limit ${outage.answerMs / 1000} s` : "";
    details.push(
      `${outage.name}: ${during.length} requests, ${failed.length} failed (slowest failure ${slowest(failed)} ms${ownLimit}), slowest answer ${slowest(during)} ms`,
    );
    if (slowFailures.length || hung.length) {
      ok = false;
      details.push(...examples(slowFailures.map((r) => `  failed after more than ${outageLimitMs} ms: ${describe(r)}`)));
      details.push(...examples(hung.map((r) => `  answered after more than ${hangMs} ms: ${describe(r)}`)));
    }
  }
  return { name: `every request failing during an outage failed within ${limitMs / 1000} s, and none took over ${hangMs / 1000} s`, ok, details };
}

/** What an error page must not show: where the code is, or what the database was asked and said. */
const leaks: [string, RegExp][] = [
  ["a stack trace", /\n\s*at\s+\S+|\bat\s+[\w.<>]+\s+\([^)]*:\d+:\d+\)|node_modules\/|\.next\/server\//],
  ["SQL", /\b(select|insert|update|delete)\b[^\n]{0,200}\b(from|into|set|where)\b\s+["\w]/i],
  ["a driver error", /ECONNREFUSED|ECONNRESET|CONNECTION_(CLOSED|DESTROYED|ENDED)|CONNECT_TIMEOUT|57P0\d|terminating connection|database system is/i],
];

export function cleanErrors(log: LoadLog): CheckResult {
  const errors = log.requests.filter((r) => r.answer.status >= 400);
  const dirty = errors.flatMap((r) => {
    const found = leaks.filter(([, pattern]) => pattern.test(r.answer.body)).map(([what]) => what);
    return found.length ? [`${describe(r)} shows ${found.join(" and ")}: ${r.answer.body.slice(0, 200).replace(/\s+/g, " ")}`] : [];
  });
  return {
    name: "every error answer was clean (no stack trace, no SQL, no driver message)",
    ok: !dirty.length,
    details: [`${errors.length} error answers checked`, ...examples(dirty)],
  };
}

export function healthFollowedTheDatabase(samples: HealthSample[], outages: Outage[], recoveryMs: number, limitMs: number): CheckResult {
  const details: string[] = [];
  let ok = true;
  const slow = samples.filter((s) => s.ms > limitMs);
  if (slow.length) {
    ok = false;
    details.push(...examples(slow.map((s) => `/api/health took ${s.ms} ms (status ${s.status}) at ${new Date(s.at).toISOString().slice(11, 23)}`)));
  }
  for (const outage of outages) {
    const during = samples.filter((s) => s.at >= outage.start && s.at <= outage.end);
    const down = during.filter((s) => s.status === 503).length;
    const back = samples.find((s) => s.at >= outage.end && s.status === 200);
    const backAfter = back ? back.at + back.ms - outage.end : Infinity;
    details.push(`${outage.name}: ${down} of ${during.length} probes said 503; 200 again ${back ? `${backAfter} ms` : "never"} after the database was back`);
    // A restart can be over between two probes; an outage of seconds cannot.
    if ((outage.end - outage.start > 3_000 && !down) || backAfter > recoveryMs) ok = false;
  }
  const last = samples.at(-1);
  if (last?.status !== 200) {
    ok = false;
    details.push(`the last probe said ${last?.status}`);
  }
  return { name: `/api/health said 503 during the outage and 200 within ${recoveryMs / 1000} s after, each within ${limitMs / 1000} s`, ok, details };
}

export function recoveredByItself(log: LoadLog, outages: Outage[], recoveryMs: number, loadEnd: number): CheckResult {
  const details: string[] = [];
  let ok = true;
  outages.forEach((outage, i) => {
    // Up to the next fault: a request still in flight when it struck fails because of that one.
    const windowEnd = outages[i + 1]?.start ?? loadEnd;
    const after = log.requests.filter((r) => r.startedAt >= outage.end && r.startedAt + r.answer.ms < windowEnd);
    const firstSuccess = after.filter((r) => r.answer.status >= 200 && r.answer.status < 400).sort((a, b) => a.startedAt - b.startedAt)[0];
    const recoveredIn = firstSuccess ? firstSuccess.startedAt + firstSuccess.answer.ms - outage.end : Infinity;
    const lateFailures = after.filter((r) => r.startedAt >= outage.end + recoveryMs && (r.answer.status >= 500 || r.answer.status === 0));
    details.push(`${outage.name}: first success ${Math.round(recoveredIn)} ms after the database was back; ${lateFailures.length} failures after ${recoveryMs / 1000} s`);
    if (recoveredIn > recoveryMs || lateFailures.length) {
      ok = false;
      details.push(...examples(lateFailures.map((r) => `  ${describe(r)}`)));
    }
  });
  return { name: `the app recovered by itself within ${recoveryMs / 1000} s of the database coming back`, ok, details };
}

async function countsBy(db: Db, kind: WriteKind, markers: string[]): Promise<Map<string, number>> {
  if (!markers.length) return new Map();
  const rows =
    kind === "goal.add"
      ? await db.select({ key: goals.text, n: count() }).from(goals).where(inArray(goals.text, markers)).groupBy(goals.text)
      : kind === "step.propose"
        ? await db.select({ key: nextSteps.description, n: count() }).from(nextSteps).where(inArray(nextSteps.description, markers)).groupBy(nextSteps.description)
        : await db.select({ key: plans.candidateEmail, n: count() }).from(plans).where(inArray(plans.candidateEmail, markers)).groupBy(plans.candidateEmail);
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** Every write the app acknowledged is in the database exactly once; none it failed is there twice. */
export async function writesKept(db: Db, writes: WriteRecord[]): Promise<CheckResult> {
  const problems: string[] = [];
  const figures: string[] = [];
  for (const kind of ["goal.add", "step.propose", "plan.create"] as const) {
    const ofKind = writes.filter((w) => w.kind === kind);
    const counts = await countsBy(db, kind, ofKind.map((w) => w.marker));
    for (const w of ofKind) {
      const n = counts.get(w.marker) ?? 0;
      if (w.acknowledged ? n !== 1 : n > 1) problems.push(`${kind} ${w.marker} (${w.acknowledged ? "acknowledged" : "failed"}) is there ${n} times`);
    }
    figures.push(`${kind}: ${ofKind.filter((w) => w.acknowledged).length} acknowledged, ${ofKind.filter((w) => !w.acknowledged).length} failed`);
  }

  const edits = writes.filter((w) => w.kind === "goal.edit");
  const targets = [...new Set(edits.map((w) => w.target!))];
  const finals = targets.length ? await db.select({ id: goals.id, text: goals.text }).from(goals).where(inArray(goals.id, targets)) : [];
  for (const goal of finals) {
    const ofGoal = edits.filter((w) => w.target === goal.id).sort((a, b) => a.startedAt - b.startedAt);
    const lastAcknowledged = ofGoal.findLastIndex((w) => w.acknowledged);
    // The acknowledged edit, or one sent after it whose outcome was never heard, is what the goal must say.
    const allowed = lastAcknowledged < 0 ? null : ofGoal.slice(lastAcknowledged).map((w) => w.marker);
    if (allowed && !allowed.includes(goal.text)) problems.push(`goal ${goal.id} says ${goal.text}, not its acknowledged edit ${allowed[0]}`);
  }
  figures.push(`goal.edit: ${edits.filter((w) => w.acknowledged).length} acknowledged, ${edits.filter((w) => !w.acknowledged).length} failed`);

  const confirms = writes.filter((w) => w.kind === "step.confirm" && w.acknowledged);
  const confirmed = confirms.length
    ? await db.select({ id: nextSteps.id, at: nextSteps.candidateConfirmedAt }).from(nextSteps).where(inArray(nextSteps.id, confirms.map((w) => w.marker)))
    : [];
  for (const w of confirms) if (!confirmed.find((s) => s.id === w.marker)?.at) problems.push(`step ${w.marker}: acknowledged confirmation not recorded`);
  figures.push(`step.confirm: ${confirms.length} acknowledged, ${writes.filter((w) => w.kind === "step.confirm" && !w.acknowledged).length} failed`);

  const shares = writes.filter((w) => w.kind === "plan.share" && w.acknowledged);
  const invited = shares.length
    ? await db.select({ to: outbox.toAddress }).from(outbox).where(inArray(outbox.toAddress, shares.map((w) => w.marker)))
    : [];
  for (const w of shares) if (!invited.some((r) => r.to === w.marker)) problems.push(`plan.share to ${w.marker}: acknowledged, but no email queued`);
  figures.push(`plan.share: ${shares.length} acknowledged, ${writes.filter((w) => w.kind === "plan.share" && !w.acknowledged).length} failed`);

  return { name: "every acknowledged write is in the database, none twice", ok: !problems.length, details: [...figures, ...examples(problems)] };
}

/** Waits for the outbox to drain, then holds every row to exactly one delivery under its own Message-ID. */
export async function emailsDeliveredOnce(db: Db, inbox: SmtpInbox, messageIdHost: string, waitMs: number): Promise<CheckResult> {
  const deadline = Date.now() + waitMs;
  let rows = await db.select({ id: outbox.id, status: outbox.status, to: outbox.toAddress }).from(outbox);
  while (rows.some((r) => r.status === "pending" || r.status === "sending") && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    rows = await db.select({ id: outbox.id, status: outbox.status, to: outbox.toAddress }).from(outbox);
  }
  const deliveries = new Map<string, number>();
  for (const email of inbox.received) deliveries.set(email.messageId, (deliveries.get(email.messageId) ?? 0) + 1);
  const problems: string[] = [];
  const expected = new Set<string>();
  for (const row of rows) {
    const messageId = outboxMessageId(row.id, messageIdHost);
    expected.add(messageId);
    const n = deliveries.get(messageId) ?? 0;
    if (row.status !== "sent" || n !== 1) problems.push(`${messageId} to ${row.to}: ${row.status}, delivered ${n} times`);
  }
  for (const [messageId, n] of deliveries) if (!expected.has(messageId)) problems.push(`${messageId}: delivered ${n} times but no outbox row has it`);
  return {
    name: "every queued email was delivered exactly once (by Message-ID)",
    ok: !problems.length,
    details: [`${rows.length} emails queued, ${inbox.received.length} delivered`, ...examples(problems)],
  };
}
