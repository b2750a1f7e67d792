import { describe, expect, it } from "vitest";
import { draftChanges, reapplyOnto } from "@/components/ui/conflict-draft";

/** A next step as its editor opened it, as the other side saved it meanwhile, and as this user typed it. */
const opened = { description: "Send the written offer", owner: "recruiter", dueOn: null as string | null };
const theirs = { ...opened, description: "Send the written offer with the equity terms" };
const mine = { ...opened, dueOn: "2026-12-11" };

describe("re-applying a draft refused with CONFLICT", () => {
  it("keeps the other person's change and lays on top only the fields this user edited", () => {
    expect(reapplyOnto(opened, mine, theirs)).toEqual({
      description: "Send the written offer with the equity terms",
      owner: "recruiter",
      dueOn: "2026-12-11",
    });
  });

  it("lets this user's value win on a field both changed (they saw both in the conflict view)", () => {
    const alsoWorded = { ...mine, description: "Send the offer letter" };
    expect(reapplyOnto(opened, alsoWorded, theirs).description).toBe("Send the offer letter");
  });

  it("with nothing edited, re-applying is the latest version unchanged", () => {
    expect(reapplyOnto(opened, opened, theirs)).toEqual(theirs);
  });

  it("lists each field where the latest version and the draft differ, with both values", () => {
    expect(draftChanges(mine, theirs)).toEqual([
      { field: "description", latest: "Send the written offer with the equity terms", mine: "Send the written offer" },
      { field: "dueOn", latest: null, mine: "2026-12-11" },
    ]);
    expect(draftChanges(theirs, theirs)).toEqual([]);
  });
});
