import { createServer, type Server } from "node:http";
import postgres from "postgres";
import { candidatePlanActions, hasFollowUp, isMeetingAhead } from "../server/rules/plan-actions";
import { itemFlagsFor } from "../server/rules/item-rules";
import { effectiveStage } from "../server/rules/stages";
import type { FirstInterviewStatus, PlanStage } from "../server/rules/enums";

/**
 * The yardstick: what a competent engineer would write to answer the
 * candidate's plan request with no framework at all — node:http, postgres.js
 * (prepared statements), a session check and the plan with its children in
 * one json_agg statement, and the same JSON fields interview.get returns
 * (the `allowed` and item flags come from the app's own browser-safe rules,
 * so both compute the same thing).
 *
 * Session check: the app's cookie is its own (signed or encrypted, and being
 * changed), so the baseline cannot read it from outside. It receives the
 * session token of a session the app itself created at sign-in (read from
 * the sessions table for that user) in a cookie of its own, and checks it
 * against the row exactly as the app's findActiveSession does: the row
 * exists, has not expired and has not been idle for SESSION_IDLE_DAYS.
 */
export const BASELINE_SESSION_COOKIE = "bench_session";
const IDLE_DAYS = 7;

interface PlanRow {
  id: string;
  version: number;
  stage: PlanStage;
  role_title: string;
  hiring_company: string;
  candidate_name: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  duration_minutes: number;
  format: string;
  location: string;
  joining_notes: string;
  agenda: string[];
  cancelled_at: Date | null;
  steps_agreed_at: Date | null;
  outcome: string | null;
  closing_message: string | null;
  closed_at: Date | null;
  organisation_name: string;
  interviewers: unknown[];
  items: { status: FirstInterviewStatus; comments: unknown[] }[];
}

function sessionToken(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === BASELINE_SESSION_COOKIE && value) return value;
  }
  return null;
}

export async function startBaseline(options: { port: number; databaseUrl: string; poolSize: number }): Promise<{ url: string; stop: () => Promise<void> }> {
  const sql = postgres(options.databaseUrl, { max: options.poolSize, onnotice: () => {} });

  async function answer(token: string, planId: string): Promise<unknown | null> {
    const [session] = await sql<{ user_id: string }[]>`
      select s.user_id from sessions s join users u on u.id = s.user_id
      where s.session_token = ${token} and s.expires > now() and s.last_seen_at > now() - make_interval(days => ${IDLE_DAYS})`;
    if (!session) return "unauthorized";
    const [plan] = await sql<PlanRow[]>`
      select p.id, p.version, p.stage, p.role_title, p.hiring_company, p.candidate_name, p.starts_at, p.ends_at, p.time_zone,
             p.duration_minutes, p.format, p.location, p.joining_notes, p.agenda, p.cancelled_at, p.steps_agreed_at,
             p.outcome, p.closing_message, p.closed_at, o.name as organisation_name,
             coalesce((select json_agg(json_build_object('id', i.id, 'version', i.version, 'name', i.name, 'jobTitle', i.job_title,
                 'background', i.background, 'wantsToEstablish', i.wants_to_establish, 'profileUrl', i.profile_url) order by i.position)
               from plan_interviewers i where i.plan_id = p.id), '[]') as interviewers,
             coalesce((select json_agg(json_build_object('id', f.id, 'version', f.version, 'topic', f.topic, 'summary', f.summary,
                 'status', f.status, 'flaggedBySide', f.flagged_by_side, 'flaggedAt', f.flagged_at,
                 'comments', coalesce((select json_agg(json_build_object('id', c.id, 'side', c.side, 'authorName', u.name,
                     'text', c.text, 'createdAt', c.created_at) order by c.created_at)
                   from item_comments c left join users u on u.id = c.author_id where c.item_id = f.id), '[]')) order by f.position)
               from first_interview_items f where f.plan_id = p.id), '[]') as items
      from plans p join organisations o on o.id = p.org_id
      where p.id = ${planId} and p.candidate_user_id = ${session.user_id} and p.stage <> 'draft'`;
    if (!plan) return null;
    const now = new Date();
    const facts = { stage: plan.stage, endsAt: plan.ends_at, cancelledAt: plan.cancelled_at };
    const stage = effectiveStage(facts, now);
    return {
      id: plan.id,
      version: plan.version,
      stage,
      followUp: hasFollowUp(facts, now),
      meetingAhead: isMeetingAhead(facts, now),
      roleTitle: plan.role_title,
      hiringCompany: plan.hiring_company,
      candidateName: plan.candidate_name,
      startsAt: plan.starts_at,
      endsAt: plan.ends_at,
      timeZone: plan.time_zone,
      durationMinutes: plan.duration_minutes,
      format: plan.format,
      location: plan.location,
      joiningNotes: plan.joining_notes,
      agenda: plan.agenda,
      cancelledAt: plan.cancelled_at,
      stepsAgreedAt: plan.steps_agreed_at,
      outcome: plan.outcome,
      closingMessage: plan.closing_message,
      closedAt: plan.closed_at,
      interviewers: plan.interviewers,
      firstInterview: plan.items.map((item) => ({ ...item, ...itemFlagsFor({ status: item.status, commentCount: item.comments.length }, stage) })),
      allowed: candidatePlanActions(facts, now),
      organisationName: plan.organisation_name,
    };
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://baseline");
    const token = sessionToken(req.headers.cookie);
    const planId = url.searchParams.get("planId") ?? "";
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== "/interview" || !token || !/^[0-9a-f-]{36}$/.test(planId)) return send(400, { error: "bad request" });
    answer(token, planId).then(
      (result) => (result === "unauthorized" ? send(401, { error: "sign in" }) : result ? send(200, result) : send(404, { error: "not found" })),
      () => send(500, { error: "internal" }),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sql.end({ timeout: 5 });
    },
  };
}
