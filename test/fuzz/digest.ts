import { eq, sql, type SQL } from "drizzle-orm";
import { organisations } from "@/db/schema";
import type { FuzzWorld } from "./world";

const uuidList = (ids: string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

/**
 * One hash over every row the world's actors could touch: their organisations'
 * plans and everything hanging off them, members, invitations, the actors'
 * accounts, sessions, tokens, notifications and the emails addressed to them.
 * Scoped to the world, because on PostgreSQL other test files write to the same
 * database at the same time. Whole rows are hashed (`t::text`), so any column counts,
 * except sessions' activity stamps, which reading a session may refresh.
 */
export async function worldDigest(world: FuzzWorld): Promise<string> {
  const orgs = uuidList([world.org.id, world.otherOrg.id]);
  const users = uuidList(Object.values(world.actors).flatMap((a) => (a.user ? [a.user.id] : [])));
  const orgPlans = sql`(select id from plans where org_id in (${orgs}))`;
  const worldUsers = sql`(select unnest(array[${users}]) union select user_id from memberships where org_id in (${orgs}))`;
  const emails = sql`(select email from users where id in ${worldUsers}
    union select candidate_email from plans where org_id in (${orgs})
    union select email from org_invitations where org_id in (${orgs}))`;
  const parts: SQL[] = [
    sql`select 'org' || t::text as r from organisations t where id in (${orgs})`,
    sql`select 'plan' || t::text from plans t where id in ${orgPlans}`,
    sql`select 'interviewer' || t::text from plan_interviewers t where plan_id in ${orgPlans}`,
    sql`select 'item' || t::text from first_interview_items t where plan_id in ${orgPlans}`,
    sql`select 'comment' || t::text from item_comments t where item_id in (select id from first_interview_items where plan_id in ${orgPlans})`,
    sql`select 'goal' || t::text from goals t where plan_id in ${orgPlans}`,
    sql`select 'ack' || t::text from goal_acknowledgements t where goal_id in (select id from goals where plan_id in ${orgPlans})`,
    sql`select 'prep' || t::text from preparation_steps t where plan_id in ${orgPlans}`,
    sql`select 'note' || t::text from candidate_notes t where plan_id in ${orgPlans}`,
    sql`select 'step' || t::text from next_steps t where plan_id in ${orgPlans}`,
    sql`select 'event' || t::text from plan_events t where plan_id in ${orgPlans}`,
    sql`select 'planinv' || t::text from plan_invitations t where plan_id in ${orgPlans}`,
    sql`select 'member' || t::text from memberships t where org_id in (${orgs})`,
    sql`select 'orginv' || t::text from org_invitations t where org_id in (${orgs})`,
    sql`select 'user' || t::text from users t where id in ${worldUsers} or email in ${emails}`,
    sql`select 'session' || md5(t.session_token) || t.user_id::text || t.expires::text from sessions t where user_id in ${worldUsers}`,
    sql`select 'token' || t::text from auth_tokens t where user_id in ${worldUsers}`,
    sql`select 'notification' || t::text from notifications t where user_id in ${worldUsers} or plan_id in ${orgPlans}`,
    sql`select 'email' || t::text from outbox t where to_address in ${emails}`,
  ];
  const rows = sql.join(parts, sql` union all `);
  const [row] = await world.db
    .select({ digest: sql<string>`(select md5(coalesce(string_agg(r, '|' order by r), '')) from (${rows}) as world_rows)` })
    .from(organisations)
    .where(eq(organisations.id, world.org.id));
  return row!.digest;
}
