import { describe, expect, it } from "vitest";
import { planSummaryOf, type SummaryPlanView, type SummarySource } from "@/server/domain/plan-summary";
import { renderSummaryPdf } from "@/server/summary/summary-pdf";
import { pdfText } from "./fixtures";

/** The summary's wording from a view alone (planSummaryOf is pure): the states a plan page can be in. */
const startsAt = new Date("2031-03-10T10:00:00Z");
const plan: SummaryPlanView & { organisationName: string } = {
  roleTitle: "Product Designer",
  hiringCompany: "Lumen Labs",
  candidateName: "Jordan Blake",
  organisationName: "Northwind Talent",
  stage: "closed",
  startsAt,
  endsAt: new Date(startsAt.getTime() + 3_600_000),
  timeZone: "Europe/London",
  durationMinutes: 60,
  format: "video",
  location: "https://meet.example/abc",
  joiningNotes: "",
  agenda: ["Portfolio review", "Team Q&A"],
  scheduling: { toBePicked: false },
  cancelledAt: null,
  stepsAgreedAt: new Date("2031-03-11T09:00:00Z"),
  outcome: "offer",
  closingMessage: "We are delighted to offer you the role.",
  closedAt: new Date("2031-03-12T16:30:00Z"),
  interviewers: [{ name: "Maya Chen", jobTitle: "Design Lead", wantsToEstablish: "How you run research" }],
  firstInterview: [
    {
      topic: "package",
      summary: "Around 70k",
      status: "to_revisit",
      flaggedBySide: "candidate",
      comments: [{ side: "candidate", authorName: "Jordan Blake", text: "Nearer 75k now", createdAt: startsAt }],
    },
  ],
};
const step = (description: string, status: "open" | "done" | "dropped") => ({
  description,
  owner: "recruiter" as const,
  dueOn: null,
  status,
  candidateConfirmedAt: new Date("2031-03-11T08:00:00Z"),
  organisationConfirmedAt: new Date("2031-03-11T09:00:00Z"),
});
const source = (over: Partial<SummaryPlanView> = {}, steps: SummarySource["steps"] = { steps: [step("Send the contract", "done"), step("Withdrawn idea", "dropped")] }): SummarySource => ({
  role: "candidate",
  plan: { ...plan, ...over },
  goals: { goals: [] },
  steps,
});

describe("the summary's wording", () => {
  it("names the outcome and its message, the agenda, the item's check with its discussion, and leaves dropped steps out", () => {
    const summary = planSummaryOf(source(), null);
    expect(summary.outcome).toEqual({
      label: "Offer",
      message: "We are delighted to offer you the role.",
      closedOn: "Wed 12 Mar 2031, 16:30 (Europe/London)",
    });
    expect(summary.agenda).toEqual(["Portfolio review", "Team Q&A"]);
    expect(summary.meeting).toContainEqual({ label: "When", value: "Mon 10 Mar 2031, 10:00–11:00 (Europe/London)" });
    expect(summary.meeting).toContainEqual({ label: "Video link", value: "https://meet.example/abc" });
    expect(summary.firstInterview).toEqual([
      { topic: "Package", summary: "Around 70k", status: "To revisit (flagged by you)", comments: ["Jordan Blake: Nearer 75k now"] },
    ]);
    expect(summary.steps?.items.map((s) => [s.description, s.status])).toEqual([["Send the contract", "Done"]]);
    expect(summary.steps?.items[0]?.confirmations).toEqual([
      "Confirmed by Jordan Blake (candidate) on Tue 11 Mar 2031, 08:00 (Europe/London)",
      "Confirmed by Northwind Talent on Tue 11 Mar 2031, 09:00 (Europe/London)",
    ]);
    expect(summary.filename).toBe("summary-jordan-blake-product-designer.pdf");
  });

  it("says when the time is still to be picked or the meeting was cancelled, and that steps come after the meeting", () => {
    const picking = planSummaryOf(source({ scheduling: { toBePicked: true }, outcome: null, stage: "shared" }, null), "Asia/Tokyo");
    expect(picking.meeting).toContainEqual({ label: "When", value: "The time is still to be picked" });
    expect(picking.steps).toBeNull();
    expect(picking.outcome).toBeNull();
    expect(picking.stage).toBe("Invitation sent");
    const cancelled = planSummaryOf(source({ cancelledAt: startsAt }), null);
    expect(cancelled.meeting[0]).toEqual({ label: "Status", value: "Cancelled" });
  });

  it("writes names beyond Western European letters as typed in the PDF", async () => {
    const summary = planSummaryOf(source({ candidateName: "Łukasz Żółć", roleTitle: "Инженер", hiringCompany: "Ψηφιακή" }), null);
    const { text } = await pdfText(new Uint8Array(await renderSummaryPdf(summary)));
    for (const name of ["Łukasz Żółć", "Инженер", "Ψηφιακή"]) expect(text).toContain(name);
  });
});
