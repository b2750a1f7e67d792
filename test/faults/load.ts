import { uniqueLabel, type Pair } from "./actors";
import { trpcData, type Answer, type HttpSession } from "./http-session";

/** One request of the load, as the checks judge it. */
export interface RequestRecord {
  session: string;
  action: string;
  /** Wall-clock ms when the request left. */
  startedAt: number;
  answer: Answer;
}

export type WriteKind = "goal.add" | "goal.edit" | "step.propose" | "step.confirm" | "plan.create" | "plan.share";

/** A write and whether the app said it succeeded: the checks hold the database to every "yes". */
export interface WriteRecord {
  kind: WriteKind;
  /** What the write leaves in the database, unique to it: a goal's text, a step's description, a candidate's email, a step id. */
  marker: string;
  /** The goal an edit was for: edits of one goal are judged in order. */
  target?: string;
  acknowledged: boolean;
  startedAt: number;
}

export interface LoadLog {
  requests: RequestRecord[];
  writes: WriteRecord[];
}

/** Room kept below the app's limits (50 goals a side, 30 steps a plan, 30 invitations an hour a sender). */
const MAX_GOALS_ADDED = 40;
const MAX_STEPS_PROPOSED = 25;
const MAX_SHARES = 20;

interface Side {
  session: HttpSession;
  side: "recruiter" | "candidate";
  planId: string;
  goal: { id: string; version: number | null };
  goalsAdded: number;
  busy: boolean;
}

interface PairState {
  recruiter: Side;
  candidate: Side;
  stepsProposed: number;
  shares: number;
}

type Action = (side: Side, pair: PairState, log: LoadLog) => Promise<void>;

async function timed(side: Side, action: string, log: LoadLog, send: () => Promise<Answer>): Promise<Answer> {
  const startedAt = Date.now();
  const answer = await send();
  log.requests.push({ session: side.session.label, action, startedAt, answer });
  return answer;
}

async function write(side: Side, log: LoadLog, kind: WriteKind, marker: string, send: () => Promise<Answer>, target?: string) {
  const startedAt = Date.now();
  const answer = await timed(side, kind, log, send);
  const data = trpcData<Record<string, unknown>>(answer);
  log.writes.push({ kind, marker, target, acknowledged: data !== undefined, startedAt });
  return data;
}

const readPlan: Action = async (side, _pair, log) => {
  const path = side.side === "recruiter" ? "plan.get" : "interview.get";
  await timed(side, path, log, () => side.session.query(path, { planId: side.planId }));
};

const readPage: Action = async (side, _pair, log) => {
  const path = side.side === "recruiter" ? `/plans/${side.planId}` : `/interviews/${side.planId}`;
  await timed(side, "page", log, () => side.session.request(path));
};

/** Reads the goals, which also tells an editor the version it must name after a write whose outcome it never heard. */
const readGoals: Action = async (side, _pair, log) => {
  const answer = await timed(side, "goal.list", log, () => side.session.query("goal.list", { planId: side.planId }));
  const mine = trpcData<{ goals: { id: string; version: number }[] }>(answer)?.goals.find((g) => g.id === side.goal.id);
  if (mine) side.goal.version = mine.version;
};

const goalFields = (side: Side, text: string) => ({
  kind: side.side === "recruiter" ? "team_goal" : "establish",
  text,
  detail: "",
  priority: "should",
  visibility: "shared",
});

const addGoal: Action = async (side, _pair, log) => {
  if (side.goalsAdded >= MAX_GOALS_ADDED) return readGoals(side, _pair, log);
  side.goalsAdded++;
  const text = uniqueLabel("goal");
  await write(side, log, "goal.add", text, () => side.session.mutation("goal.add", { planId: side.planId, ...goalFields(side, text) }));
};

const editGoal: Action = async (side, pair, log) => {
  if (side.goal.version === null) return readGoals(side, pair, log);
  const text = uniqueLabel("edit");
  const input = { planId: side.planId, goalId: side.goal.id, expectedVersion: side.goal.version, ...goalFields(side, text) };
  const data = await write(side, log, "goal.edit", text, () => side.session.mutation("goal.update", input), side.goal.id);
  // After a failure the edit may or may not have landed: the next edit reads the version first.
  side.goal.version = typeof data?.version === "number" ? data.version : null;
};

const proposeStep: Action = async (side, pair, log) => {
  if (pair.stepsProposed >= MAX_STEPS_PROPOSED) return readPlan(side, pair, log);
  pair.stepsProposed++;
  const description = uniqueLabel("step");
  await write(side, log, "step.propose", description, () =>
    side.session.mutation("nextStep.propose", { planId: side.planId, description, owner: "recruiter", dueOn: null }),
  );
};

/** The candidate confirms a step the recruiter proposed, at the version just read. */
const confirmStep: Action = async (side, pair, log) => {
  const answer = await timed(side, "nextStep.list", log, () => side.session.query("nextStep.list", { planId: side.planId }));
  const steps = trpcData<{ steps: { id: string; version: number; canConfirm: boolean }[] }>(answer)?.steps ?? [];
  const open = steps.find((s) => s.canConfirm);
  if (!open) return;
  await write(side, log, "step.confirm", open.id, () =>
    side.session.mutation("nextStep.confirm", { planId: side.planId, stepId: open.id, expectedVersion: open.version }),
  );
};

/** A new plan shared with a new candidate: the share queues an invitation email. */
const shareNewPlan: Action = async (side, pair, log) => {
  if (pair.shares >= MAX_SHARES) return readPage(side, pair, log);
  pair.shares++;
  const candidateEmail = `${uniqueLabel("invitee")}@example.com`;
  const content = {
    meeting: {
      roleTitle: "Platform Engineer",
      hiringCompany: "Faults Ltd",
      candidateName: "Sam Load",
      candidateEmail,
      startsAtLocal: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16),
      timeZone: "UTC",
      durationMinutes: 60,
      format: "video",
      location: "https://meet.example.com/faults",
      agenda: [],
    },
    interviewers: [],
    firstInterview: [],
  };
  const created = await write(side, log, "plan.create", candidateEmail, () => side.session.mutation("plan.create", content));
  if (typeof created?.id !== "string") return;
  const planId = created.id;
  await write(side, log, "plan.share", candidateEmail, () => side.session.mutation("plan.share", { planId }));
};

/** Weighted: mostly reads, as people mostly read; each kind of write often enough to be hit by a fault. */
const recruiterActions: [Action, number][] = [
  [readPlan, 3],
  [readPage, 1],
  [readGoals, 1],
  [editGoal, 2],
  [addGoal, 1],
  [proposeStep, 1],
  [shareNewPlan, 1],
];
const candidateActions: [Action, number][] = [
  [readPlan, 3],
  [readPage, 1],
  [editGoal, 2],
  [addGoal, 1],
  [confirmStep, 2],
];

function pick(actions: [Action, number][]): Action {
  const total = actions.reduce((sum, [, weight]) => sum + weight, 0);
  let r = Math.random() * total;
  for (const [action, weight] of actions) {
    r -= weight;
    if (r < 0) return action;
  }
  return actions[0]![0];
}

/**
 * Drives every session at a steady rate: one request starts every 1/rate seconds, from the next session
 * that is not waiting for an answer (each person does one thing at a time, as in a browser tab).
 * Resolves, once `until` resolves, after the requests in flight have finished.
 */
export async function driveLoad(pairs: Pair[], requestsPerSecond: number, until: Promise<void>): Promise<LoadLog> {
  const log: LoadLog = { requests: [], writes: [] };
  const states: PairState[] = pairs.map((p) => ({
    recruiter: { session: p.recruiter, side: "recruiter", planId: p.planId, goal: { ...p.goals.recruiter }, goalsAdded: 1, busy: false },
    candidate: { session: p.candidate, side: "candidate", planId: p.planId, goal: { ...p.goals.candidate }, goalsAdded: 1, busy: false },
    stepsProposed: 0,
    shares: 0,
  }));
  const sides = states.flatMap((s) => [s.recruiter, s.candidate]);
  const inFlight = new Set<Promise<void>>();
  let next = 0;
  let stopped = false;
  void until.then(() => (stopped = true));
  while (!stopped) {
    const side = Array.from({ length: sides.length }, (_, i) => sides[(next + i) % sides.length]!).find((s) => !s.busy);
    next = (next + 1) % sides.length;
    if (side) {
      const pair = states.find((s) => s.recruiter === side || s.candidate === side)!;
      side.busy = true;
      const action = pick(side.side === "recruiter" ? recruiterActions : candidateActions);
      const run: Promise<void> = action(side, pair, log).finally(() => {
        side.busy = false;
        inFlight.delete(run);
      });
      inFlight.add(run);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000 / requestsPerSecond));
  }
  await Promise.all(inFlight);
  return log;
}
