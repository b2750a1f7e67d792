import { describe, expect, it } from "vitest";
import { planRoles, sideOfRole, type PlanRole } from "@/server/rules/plan-roles";
import { internalNoteVisibleTo, isVisibleTo } from "@/server/rules/visibility";

/** Who reads what, decided once in server/rules/visibility.ts; the leak test holds the procedures to it. */
describe("the visibility rule by role", () => {
  const rows = [
    { side: "organisation", visibility: "private" },
    { side: "organisation", visibility: "shared" },
    { side: "candidate", visibility: "private" },
    { side: "candidate", visibility: "shared" },
  ] as const;
  const reads = (role: PlanRole) =>
    rows.filter((row) => isVisibleTo(sideOfRole(role), row)).map((row) => `${row.side}:${row.visibility}`);

  it("an interviewer reads as the organisation: the recruiters' private goals, and only the candidate's shared ones", () => {
    expect(reads("interviewer")).toEqual(["organisation:private", "organisation:shared", "candidate:shared"]);
    expect(reads("interviewer")).toEqual(reads("recruiter"));
  });

  it("the candidate reads their own content and the organisation's shared content", () => {
    expect(reads("candidate")).toEqual(["organisation:shared", "candidate:private", "candidate:shared"]);
  });
});

describe("the internal note by role", () => {
  const table = (interviewersSeeInternalNote: boolean) =>
    Object.fromEntries(planRoles.map((role) => [role, internalNoteVisibleTo(role, { interviewersSeeInternalNote })]));

  it("reaches interviewers only once the recruiter shares it with them", () => {
    expect(table(false)).toEqual({ recruiter: true, interviewer: false, candidate: false });
    expect(table(true)).toEqual({ recruiter: true, interviewer: true, candidate: false });
  });
});
