import postgres from "postgres";
import type { SeedInfo } from "./seed";

/**
 * What the scenarios aim at, picked from the database as it is now (an
 * earlier run's writes have confirmed steps and added goals, so nothing is
 * assumed from the seed alone): the signed-in users, the plans they may
 * read, and fresh rows for the writes.
 */
export const CANDIDATES_SIGNED_IN = 8;
export const bigOrgRecruiter = "bench-recruiter-0-1@example.com";
export const smallOrgRecruiter = "bench-recruiter-1-1@example.com";
export const candidateEmail = (c: number) => `bench-candidate-${c}@example.com`;
/** A surname of the seed's list: matches a few percent of the big organisation's plans. */
export const SEARCH_TERM = "Okafor";

export interface Targets {
  /** Per signed-in candidate (index = candidate number), the plans they can open. */
  candidatePlans: string[][];
  /** Plans of the big organisation, for the recruiter's plan page. */
  bigOrgPlans: string[];
  /** Open steps of debrief plans the organisation has yet to confirm (each confirmed once). */
  stepsToConfirm: { stepId: string; planId: string; version: number }[];
  /** Open plans of the big organisation with room for more goals on its side. */
  goalPlans: string[];
  /** A preparing plan of candidate 0 for the live round trip (not one of the special plans). */
  livePlanId: string;
  /** Another preparing plan of candidate 0 in the big organisation, an ordinary one, for the statement counts. */
  viewPlanId: string;
  /** The plan whose page times the start of the second instance, with a name its page shows. */
  firstPagePlan: { id: string; candidateName: string };
  zeroGoalsPlanId: string;
  fiftyGoalsPlanId: string;
}

export async function pickTargets(databaseUrl: string, seed: SeedInfo): Promise<Targets> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const special = [seed.zeroGoalsPlanId, seed.fiftyGoalsPlanId];
  try {
    const bigOrg = sql`(select id from organisations where name = 'Bench Global Talent')`;
    const candidatePlans: string[][] = [];
    for (let c = 0; c < CANDIDATES_SIGNED_IN; c++) {
      const rows = await sql<{ id: string }[]>`
        select p.id from plans p join users u on u.id = p.candidate_user_id
        where u.email = ${candidateEmail(c)} and p.stage <> 'draft' order by p.id`;
      candidatePlans.push(rows.map((r) => r.id));
    }
    const bigOrgPlans = (await sql<{ id: string }[]>`
      select id from plans where org_id = ${bigOrg} order by md5(id::text) limit 2000`).map((r) => r.id);
    const stepsToConfirm = (
      await sql<{ id: string; plan_id: string; version: number }[]>`
        select s.id, s.plan_id, s.version from next_steps s join plans p on p.id = s.plan_id
        where p.org_id = ${bigOrg} and p.stage = 'debrief' and s.status = 'open'
          and s.organisation_confirmed_at is null and s.drop_requested_by_side is null
        order by md5(s.id::text) limit 30000`
    ).map((r) => ({ stepId: r.id, planId: r.plan_id, version: r.version }));
    const goalPlans = (await sql<{ id: string }[]>`
      select p.id from plans p
      where p.org_id = ${bigOrg} and p.stage in ('draft', 'shared', 'preparing') and p.id <> all(${special})
        and (select count(*) from goals g where g.plan_id = p.id and g.side = 'organisation') < 40
      order by md5(p.id::text) limit 5000`).map((r) => r.id);
    const [live, view] = await sql<{ id: string }[]>`
      select p.id from plans p join users u on u.id = p.candidate_user_id
      where u.email = ${candidateEmail(0)} and p.org_id = ${bigOrg} and p.stage = 'preparing' and p.id <> all(${special})
        and (select count(*) from goals g where g.plan_id = p.id and g.side = 'organisation') < 40
      order by p.id limit 2`;
    const [firstPage] = await sql<{ id: string; candidate_name: string }[]>`
      select id, candidate_name from plans where id = ${bigOrgPlans[1] ?? null}`;
    if (!firstPage || !live || !view || !goalPlans.length || !stepsToConfirm.length) throw new Error("the data set has nothing left to write to: rerun with BENCH_RESEED=1");
    return { candidatePlans, bigOrgPlans, stepsToConfirm, goalPlans, livePlanId: live.id, viewPlanId: view.id, firstPagePlan: { id: firstPage.id, candidateName: firstPage.candidate_name }, zeroGoalsPlanId: seed.zeroGoalsPlanId, fiftyGoalsPlanId: seed.fiftyGoalsPlanId };
  } finally {
    await sql.end();
  }
}

/** The session tokens the app created when these users signed in (newest per user), for the baseline's cookie. */
export async function sessionTokensOf(databaseUrl: string, emails: string[]): Promise<string[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const tokens: string[] = [];
    for (const email of emails) {
      const [row] = await sql<{ session_token: string }[]>`
        select s.session_token from sessions s join users u on u.id = s.user_id
        where u.email = ${email} order by s.created_at desc limit 1`;
      if (!row) throw new Error(`no session row for ${email} after signing in`);
      tokens.push(row.session_token);
    }
    return tokens;
  } finally {
    await sql.end();
  }
}
