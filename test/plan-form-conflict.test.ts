import { describe, expect, it } from "vitest";
import { changedFields, reapplyChanges } from "@/components/recruiter/plan-form-conflict";
import { emptyValues } from "@/components/recruiter/plan-form-content";
import type { PlanFormValues } from "@/components/recruiter/plan-form-state";

const base: PlanFormValues = {
  ...emptyValues(),
  roleTitle: "Data Engineer",
  hiringCompany: "Initech",
  internalNote: "",
  interviewers: [
    { key: "i1", id: "i1", version: 1, name: "Ada", jobTitle: "CTO", background: "", wantsToEstablish: "", profileUrl: "" },
  ],
};

describe("the plan form's conflict view", () => {
  it("lists the fields a colleague changed, and which of them the user changed too", () => {
    const mine = { ...base, hiringCompany: "Initech Labs", internalNote: "Mine" };
    const latest = { ...base, roleTitle: "Senior Data Engineer", internalNote: "Theirs" };
    expect(changedFields(base, mine, latest)).toEqual([
      { field: "roleTitle", label: "Role title", alsoMine: false },
      { field: "internalNote", label: "Internal note", alsoMine: true },
    ]);
  });

  it("does not count the browser's own row keys as a change", () => {
    const reloaded = { ...base, interviewers: base.interviewers.map((row) => ({ ...row, key: "interviewer-new-7", version: 2 })) };
    expect(changedFields(base, base, reloaded)).toEqual([]);
  });

  it("re-applies only what the user changed, over the colleague's version", () => {
    const mine = { ...base, hiringCompany: "Initech Labs", internalNote: "Mine" };
    const latest = { ...base, roleTitle: "Senior Data Engineer", internalNote: "Theirs" };
    const merged = reapplyChanges(base, mine, latest);
    expect(merged.roleTitle).toBe("Senior Data Engineer");
    expect(merged.hiringCompany).toBe("Initech Labs");
    expect(merged.internalNote).toBe("Mine");
  });

  it("sends the latest row versions with a re-applied list, so the re-applied save is not refused again", () => {
    const mine = { ...base, interviewers: base.interviewers.map((row) => ({ ...row, jobTitle: "CEO" })) };
    const latest = { ...base, interviewers: base.interviewers.map((row) => ({ ...row, version: 3 })) };
    const [row] = reapplyChanges(base, mine, latest).interviewers;
    expect(row).toMatchObject({ id: "i1", jobTitle: "CEO", version: 3 });
  });
});
