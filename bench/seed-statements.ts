/**
 * The benchmark's data set, generated inside PostgreSQL: each statement is one
 * multi-row INSERT … SELECT over generate_series, so millions of rows are
 * written without a round trip per row or per batch, and nothing is built in
 * Node's memory. Ids are derived from the row's number (bench.uuid_of: md5 with
 * the version and variant bits of a v4 uuid, which z.uuid() insists on), so the
 * children of plan n name it without a lookup and the timeline entries can
 * carry the ids of the goals, items and steps they are about.
 *
 * Shapes follow the app's own writers: createPlan and replaceChildren (plans,
 * interviewers, first-interview items), sharePlan and acceptPlanInvitation
 * (the invitation link, the candidate account and stage "preparing"),
 * addGoal, proposeStep/confirmStep and recordEvent, whose `data` matches the
 * Zod schema of its type in server/rules/timeline-events.ts.
 *
 * The counts are our own integers, written into the text; the password hash
 * is the one parameter ($1) of the statements that create users.
 */
export const SEED_VERSION = "bench-seed-4";

export const ORGANISATIONS = 200;
/** Organisation 0 holds most plans, organisation 1 exactly SMALL_ORG_PLANS; the rest share a few percent. */
export const SMALL_ORG_PLANS = 1_000;
export const RECRUITERS_PER_ORG = 3;
export const BENCH_PASSWORD = "bench-password-Kestrel-42";


/** Shared SQL fragments: how plan n is placed and staged (one place, read by every statement). */
const stageSql = (n: string, p: SeedParams) => `(array['draft','draft','shared','shared','preparing','preparing','preparing','preparing','preparing','preparing','preparing',
  'debrief','debrief','debrief','next_steps_agreed','next_steps_agreed','closed','closed','closed','closed'])[(((${n}) + (${n}) / ${p.candidates}) % 20) + 1]::plan_stage`;
const orgSql = (n: string, p: SeedParams) => `case when ${n} < ${p.small} then 1 when ${n} < ${p.small} + ${p.others} then 2 + (${n} - ${p.small}) % ${ORGANISATIONS - 2} else 0 end`;

const FIRST = `array['Jordan','Maya','Tom','Priya','Sam','Alex','Chen','Ines','Omar','Lena','Kofi','Aiko','Ravi','Zoe','Marta','Noah','Ada','Luis','Hana','Ivan','Nia','Eli','Sara','Yusuf','Mei','Owen','Lila','Tariq','Elif']`;
const LAST = `array['Blake','Chen','Okafor','Patel','Novak','Garcia','Kim','Silva','Haddad','Berg','Mensah','Tanaka','Iyer','Dubois','Rossi','Cohen','Larsen','Moreau','Sato','Petrov','Adeyemi','Walsh','Nakamura','Kaya','Lindqvist','Moreno','Fischer','Oduya','Reyes','Hughes','Quinn']`;
const ROLES = `array['Senior Product Designer','Backend Engineer','Data Analyst','Engineering Manager','UX Researcher','Site Reliability Engineer','Product Manager','Frontend Engineer','Machine Learning Engineer','Technical Writer','QA Lead','Security Engineer']`;
const COMPANIES = `array['Lumen Health','Northwind Logistics','Brightside Energy','Cobalt Bank','Harbour Foods','Atlas Mobility','Fern & Oak','Quantum Retail','Meridian Travel','Pioneer Insurance','Juniper Labs','Summit Media','Orchid Pharma','Vela Robotics','Granite Software','Tidewater Ports','Aurora Games']`;

const candidateName = (c: string) => `(${FIRST})[(${c}) % 29 + 1] || ' ' || (${LAST})[((${c}) / 29) % 31 + 1]`;
const candidateEmail = (c: string) => `'bench-candidate-' || (${c}) || '@example.com'`;

export interface SeedStatement {
  label: string;
  sql: string;
}

export interface SeedParams {
  plans: number;
  candidates: number;
  /** Plans of the small organisation, and plans spread over the other 198. */
  small: number;
  others: number;
}

export function seedStatements(p: SeedParams): SeedStatement[] {
  const stageOf = (n: string) => stageSql(n, p);
  const orgOf = (n: string) => orgSql(n, p);
  const candidateOf = (n: string) => `((${n}) % ${p.candidates})`;
  return [
  {
    label: "organisations",
    sql: `insert into organisations (id, name, created_at)
      select bench.uuid_of('bench-org-' || o),
             case o when 0 then 'Bench Global Talent' when 1 then 'Bench Boutique Search' else 'Bench Agency ' || o end,
             now() - interval '2 years'
      from generate_series(0, ${ORGANISATIONS - 1}) o`,
  },
  {
    label: "recruiters",
    sql: `insert into users (id, name, email, email_verified, password_hash, created_at)
      select bench.uuid_of('bench-recruiter-' || o || '-' || k), 'Recruiter ' || o || '-' || k,
             'bench-recruiter-' || o || '-' || k || '@example.com', now() - interval '1 year', $1, now() - interval '1 year'
      from generate_series(0, ${ORGANISATIONS - 1}) o, generate_series(0, ${RECRUITERS_PER_ORG - 1}) k`,
  },
  {
    label: "memberships",
    sql: `insert into memberships (org_id, user_id, role, created_at)
      select bench.uuid_of('bench-org-' || o), bench.uuid_of('bench-recruiter-' || o || '-' || k),
             (case when k = 0 then 'admin' else 'recruiter' end)::membership_role, now() - interval '1 year'
      from generate_series(0, ${ORGANISATIONS - 1}) o, generate_series(0, ${RECRUITERS_PER_ORG - 1}) k`,
  },
  {
    label: "candidates",
    sql: `insert into users (id, name, email, email_verified, password_hash, created_at)
      select bench.uuid_of('bench-candidate-' || c), ${candidateName("c")}, ${candidateEmail("c")},
             now() - interval '6 months', $1, now() - interval '6 months'
      from generate_series(0, ${p.candidates} - 1) c`,
  },
  {
    // Which organisation, stage and meeting time each plan number gets; the other statements read it.
    label: "plan index",
    sql: `insert into bench.plan_index (n, plan_id, org, c, stage, starts_at)
      select n, bench.uuid_of('bench-plan-' || n), ${orgOf("n")}, ${candidateOf("n")}, s.stage,
             date_trunc('hour', now()) + (case when s.stage in ('draft','shared','preparing') then 1 else -1 end)
               * (interval '1 day' * (1 + (n * 37) % 120) + interval '1 hour' * (n % 9))
      from generate_series(0, ${p.plans} - 1) n, lateral (select ${stageOf("n")} as stage) s`,
  },
  {
    label: "plans",
    sql: `insert into plans (id, org_id, version, stage, role_title, hiring_company, candidate_name, candidate_email,
        candidate_user_id, starts_at, ends_at, time_zone, duration_minutes, format, location, joining_notes, agenda,
        internal_note, steps_agreed_at, outcome, closing_message, closed_at, created_by_id, created_at, updated_at)
      select i.plan_id, bench.uuid_of('bench-org-' || i.org), 1, i.stage,
             (${ROLES})[i.n % 12 + 1], (${COMPANIES})[i.n % 17 + 1], ${candidateName("i.c")}, ${candidateEmail("i.c")},
             case when i.stage in ('draft','shared') then null else bench.uuid_of('bench-candidate-' || i.c) end,
             i.starts_at, i.starts_at + interval '1 minute' * (60 + 30 * (i.n % 3)),
             (array['Europe/London','Europe/Berlin','America/New_York','Asia/Tokyo'])[i.n % 4 + 1], 60 + 30 * (i.n % 3),
             (array['video','on_site','phone'])[i.n % 3 + 1]::meeting_format,
             case i.n % 3 when 0 then 'https://meet.example.com/bench-' || i.n when 1 then '20 Canal St, Manchester' else '+44 20 7946 0000' end,
             'Join five minutes early; reception will let you in.',
             '["Welcome and introductions","Portfolio deep dive","Team working session","Your questions"]'::jsonb,
             'Client wants a decision before the end of the month.',
             case when i.stage = 'next_steps_agreed' then i.starts_at + interval '2 days' end,
             case when i.stage = 'closed' then (array['offer','further_round','not_progressing','withdrawn'])[i.n % 4 + 1]::plan_outcome end,
             case when i.stage = 'closed' then 'Thank you for your time with us.' end,
             case when i.stage = 'closed' then i.starts_at + interval '5 days' end,
             bench.uuid_of('bench-recruiter-' || i.org || '-' || (i.n % ${RECRUITERS_PER_ORG})),
             least(i.starts_at, now()) - interval '21 days', least(i.starts_at, now()) - interval '1 day'
      from bench.plan_index i`,
  },
  {
    // sharePlan writes the link; acceptPlanInvitation stamps it and attaches the candidate.
    label: "plan invitations",
    sql: `insert into plan_invitations (plan_id, email, token_hash, invited_by_id, expires_at, accepted_at, created_at)
      select i.plan_id, ${candidateEmail("i.c")}, encode(sha256(convert_to('bench-invitation-' || i.n, 'UTF8')), 'hex'),
             bench.uuid_of('bench-recruiter-' || i.org || '-0'), least(i.starts_at, now()) - interval '13 days',
             case when i.stage <> 'shared' then least(i.starts_at, now()) - interval '19 days' end,
             least(i.starts_at, now()) - interval '20 days'
      from bench.plan_index i where i.stage <> 'draft'`,
  },
  {
    label: "interviewers",
    sql: `insert into plan_interviewers (id, plan_id, position, name, job_title, background, wants_to_establish, profile_url)
      select bench.uuid_of('bench-interviewer-' || i.n || '-' || k), i.plan_id, k,
             (${FIRST})[(i.n + k * 7) % 29 + 1] || ' ' || (${LAST})[(i.n + k * 11) % 31 + 1],
             (array['Head of Design','VP Engineering','Team Lead','HR Partner'])[k + 1],
             'Has led the team for several years; previously at a large supplier in the same sector.',
             'How you work with others when a plan has to change late.',
             case when k % 2 = 0 then 'https://www.example.com/in/interviewer-' || k end
      from bench.plan_index i, generate_series(0, 3) k`,
  },
  {
    label: "first-interview items",
    sql: `insert into first_interview_items (id, plan_id, position, topic, summary, status, flagged_by_side, flagged_by_id, flagged_at)
      select bench.uuid_of('bench-item-' || i.n || '-' || k), i.plan_id, k,
             (array['values','basic_skills','outlook','vision_and_fit','location','start_date_and_hours'])[k + 1]::first_interview_topic,
             'What the first interview settled on this topic, in a sentence or two.',
             (case when k in (1, 4) and i.stage <> 'draft' then 'to_revisit' else 'agreed' end)::first_interview_status,
             case when k in (1, 4) and i.stage <> 'draft' then 'organisation'::plan_side end,
             case when k in (1, 4) and i.stage <> 'draft' then bench.uuid_of('bench-recruiter-' || i.org || '-0') end,
             case when k in (1, 4) and i.stage <> 'draft' then least(i.starts_at, now()) - interval '10 days' end
      from bench.plan_index i, generate_series(0, 5) k`,
  },
  {
    // One comment per item; the candidate's side speaks only on plans it has joined.
    label: "item comments",
    sql: `insert into item_comments (item_id, side, author_id, text, created_at)
      select bench.uuid_of('bench-item-' || i.n || '-' || k), s.side,
             case when s.side = 'candidate' then bench.uuid_of('bench-candidate-' || i.c) else bench.uuid_of('bench-recruiter-' || i.org || '-0') end,
             'Can we go over this again? The numbers we discussed have moved since.', least(i.starts_at, now()) - interval '9 days' + interval '1 minute' * k
      from bench.plan_index i, generate_series(0, 5) k,
           lateral (select (case when k % 2 = 1 and i.stage not in ('draft','shared') then 'candidate' else 'organisation' end)::plan_side as side) s`,
  },
  {
    // ~20 goals per plan, ten per side, one in five private; after the meeting each side has marked outcomes.
    label: "goals",
    sql: `insert into goals (id, plan_id, side, kind, text, detail, priority, visibility, position, outcome, last_edited_by_id, created_at, updated_at)
      select bench.uuid_of('bench-goal-' || i.n || '-' || k), i.plan_id, g.side,
             (case when g.side = 'candidate' then (array['establish','doubt','learn','must_know'])[k % 4 + 1]
                   else (array['team_goal','challenge','consistency_check'])[k % 3 + 1] end)::goal_kind,
             'Goal ' || (k % 10 + 1) || ': understand how the team measures success in the first six months',
             case when k % 3 = 0 then 'Ask for a concrete example from the last quarter.' else '' end,
             (array['must','should','nice'])[k % 3 + 1]::goal_priority,
             (case when k % 5 = 4 then 'private' else 'shared' end)::visibility, k % 10,
             case when i.stage in ('debrief','next_steps_agreed','closed') and k % 4 <> 3
                  then (array['achieved','partly','not_achieved'])[k % 3 + 1]::goal_outcome end,
             case when g.side = 'candidate' then bench.uuid_of('bench-candidate-' || i.c) else bench.uuid_of('bench-recruiter-' || i.org || '-0') end,
             least(i.starts_at, now()) - interval '15 days', least(i.starts_at, now()) - interval '15 days'
      from bench.plan_index i, generate_series(0, 19) k,
           lateral (select (case when k < 10 then 'candidate' else 'organisation' end)::plan_side as side) g
      where k < 10 and i.stage not in ('draft','shared') or k >= 10`,
  },
  {
    label: "preparation steps",
    sql: `insert into preparation_steps (plan_id, step, completed_at)
      select i.plan_id, s, least(i.starts_at, now()) - interval '3 days'
      from bench.plan_index i, generate_series(1, 3) s
      where i.stage not in ('draft','shared') and s <= 1 + i.n % 3`,
  },
  {
    // Three in four closed plans rated by their candidate (the insights' ratings and comments), some with a comment, some named.
    label: "candidate feedback",
    sql: `insert into plan_feedback (plan_id, org_id, candidate_user_id, preparation_rating, clarity_rating, overall_rating, comment, show_name, created_at)
      select i.plan_id, bench.uuid_of('bench-org-' || i.org), bench.uuid_of('bench-candidate-' || i.c),
             1 + i.n % 5, 1 + (i.n / 5) % 5, 1 + (i.n / 25) % 5,
             case when i.n % 3 = 0 then 'Clear agenda, and the next steps came quickly.' else '' end, i.n % 2 = 0,
             i.starts_at + interval '6 days'
      from bench.plan_index i where i.stage = 'closed' and i.n % 4 <> 3`,
  },
  {
    // Next steps open after the meeting (canProposeStep): only plans past it have them. Steps 0–1 were
    // proposed by the organisation, 2–4 by the candidate; each proposer confirmed its own. In the debrief
    // the other side has yet to confirm (the write benchmark confirms them); agreed and closed plans are settled.
    label: "next steps",
    sql: `insert into next_steps (id, plan_id, description, owner, due_on, status, proposed_by_side, proposed_by_id,
        candidate_confirmed_at, organisation_confirmed_at, agreed_once_at, created_at, updated_at, closed_at)
      select bench.uuid_of('bench-step-' || i.n || '-' || k), i.plan_id,
             (array['Send two references','Share the take-home exercise','Schedule a call with the team lead','Confirm the start date','Send the contract draft'])[k + 1],
             (array['candidate','recruiter','hiring_company'])[k % 3 + 1]::step_owner,
             to_char(i.starts_at + interval '1 day' * (7 + k), 'YYYY-MM-DD')::date,
             (case when i.stage = 'closed' and k < 3 then 'done' else 'open' end)::step_status, p.side,
             case when p.side = 'candidate' then bench.uuid_of('bench-candidate-' || i.c) else bench.uuid_of('bench-recruiter-' || i.org || '-0') end,
             case when p.side = 'candidate' or i.stage <> 'debrief' then i.starts_at + interval '1 day' end,
             case when p.side = 'organisation' or i.stage <> 'debrief' then i.starts_at + interval '1 day' end,
             case when i.stage <> 'debrief' then i.starts_at + interval '1 day' end,
             i.starts_at + interval '1 day', i.starts_at + interval '1 day',
             case when i.stage = 'closed' and k < 3 then i.starts_at + interval '4 days' end
      from bench.plan_index i, generate_series(0, 4) k,
           lateral (select (case when k < 2 then 'organisation' else 'candidate' end)::plan_side as side) p
      where i.stage in ('debrief','next_steps_agreed','closed')`,
  },
  {
    // The timeline as the commands record it; each entry's data matches its type's schema.
    label: "timeline",
    sql: `insert into plan_events (plan_id, actor_side, actor_id, type, audience, data, created_at)
      select i.plan_id, e.actor_side::plan_side, e.actor_id, e.type, e.audience::audience, e.data, e.created_at
      from bench.plan_index i,
      lateral (
        select 'organisation' as actor_side, bench.uuid_of('bench-recruiter-' || i.org || '-0') as actor_id, 'plan_created' as type,
               'organisation' as audience, '{}'::jsonb as data, least(i.starts_at, now()) - interval '21 days' as created_at
        union all
        select 'organisation', bench.uuid_of('bench-recruiter-' || i.org || '-0'), 'plan_shared', 'both', '{"resent":false}'::jsonb,
               least(i.starts_at, now()) - interval '20 days' where i.stage <> 'draft'
        union all
        select 'candidate', bench.uuid_of('bench-candidate-' || i.c), 'invitation_accepted', 'both', '{}'::jsonb,
               least(i.starts_at, now()) - interval '19 days' where i.stage not in ('draft','shared')
        union all
        select g.side, case when g.side = 'candidate' then bench.uuid_of('bench-candidate-' || i.c) else bench.uuid_of('bench-recruiter-' || i.org || '-0') end,
               'goal_added', 'both',
               jsonb_build_object('goalId', bench.uuid_of('bench-goal-' || i.n || '-' || g.k), 'kind', g.kind, 'visibility', 'shared'),
               least(i.starts_at, now()) - interval '15 days'
        from (values ('candidate', 0, 'establish'), ('organisation', 10, 'team_goal')) g(side, k, kind)
        where g.side = 'organisation' or i.stage not in ('draft','shared')
        union all
        select 'organisation', bench.uuid_of('bench-recruiter-' || i.org || '-0'), 'item_flagged', 'both',
               jsonb_build_object('itemId', bench.uuid_of('bench-item-' || i.n || '-' || k), 'comment', 'Can we go over this again?'),
               least(i.starts_at, now()) - interval '10 days'
        from generate_series(1, 4, 3) k where i.stage <> 'draft'
        union all
        select case when k < 2 then 'organisation' else 'candidate' end,
               case when k < 2 then bench.uuid_of('bench-recruiter-' || i.org || '-0') else bench.uuid_of('bench-candidate-' || i.c) end,
               'step_proposed', 'both',
               jsonb_build_object('stepId', bench.uuid_of('bench-step-' || i.n || '-' || k), 'step', jsonb_build_object(
                 'description', (array['Send two references','Share the take-home exercise','Schedule a call with the team lead','Confirm the start date','Send the contract draft'])[k + 1],
                 'owner', (array['candidate','recruiter','hiring_company'])[k % 3 + 1],
                 'dueOn', to_char(i.starts_at + interval '1 day' * (7 + k), 'YYYY-MM-DD'))),
               i.starts_at + interval '1 day'
        from generate_series(0, 4) k where i.stage in ('debrief','next_steps_agreed','closed')
        union all
        select null, null, 'steps_agreed', 'both', '{}'::jsonb, i.starts_at + interval '2 days'
        where i.stage in ('next_steps_agreed','closed')
        union all
        select 'organisation', bench.uuid_of('bench-recruiter-' || i.org || '-0'), 'plan_closed', 'both',
               jsonb_build_object('outcome', (array['offer','further_round','not_progressing','withdrawn'])[i.n % 4 + 1]),
               i.starts_at + interval '5 days'
        where i.stage = 'closed'
      ) e`,
  },
];
}
