import { describe, expect, it } from "vitest";
import { UNSAVEABLE_CHARACTER_MESSAGE } from "@/server/api/fields";

import { PLAN_LIMITS } from "@/server/rules/limits";
import { testDb } from "../db";
import { editableContent, newOrg, planInput, type PlanContentInput } from "../plan-api";
import { failureOf } from "../trpc-errors";

interface BadInput {
  name: string;
  edit: (c: PlanContentInput) => void;
  /** Where the form shows the message: a dotted path into the input. */
  path: string;
  message?: string | RegExp;
}

const over = (limit: number) => "x".repeat(limit + 1);
const interviewer = (name: string) => ({ name, jobTitle: "", background: "", wantsToEstablish: "", profileUrl: null });
const item = { topic: "other" as const, summary: "Something agreed.", status: "agreed" as const };

const badInputs: BadInput[] = [
  { name: "an empty role title", edit: (c) => void (c.meeting.roleTitle = "   "), path: "meeting.roleTitle", message: "Enter the role title." },
  {
    name: "a role title over its limit",
    edit: (c) => void (c.meeting.roleTitle = over(PLAN_LIMITS.roleTitle)),
    path: "meeting.roleTitle",
    message: `Keep the role title under ${PLAN_LIMITS.roleTitle} characters.`,
  },
  { name: "a hiring company over its limit", edit: (c) => void (c.meeting.hiringCompany = over(PLAN_LIMITS.hiringCompany)), path: "meeting.hiringCompany" },
  { name: "a candidate name over its limit", edit: (c) => void (c.meeting.candidateName = over(PLAN_LIMITS.candidateName)), path: "meeting.candidateName" },
  {
    name: "an address over its limit",
    edit: (c) => Object.assign(c.meeting, { format: "on_site", location: over(PLAN_LIMITS.location) }),
    path: "meeting.location",
  },
  { name: "joining notes over their limit", edit: (c) => void (c.meeting.joiningNotes = over(PLAN_LIMITS.joiningNotes)), path: "meeting.joiningNotes" },
  { name: "an agenda item over its limit", edit: (c) => void (c.meeting.agenda![1] = over(PLAN_LIMITS.agendaItem)), path: "meeting.agenda.1" },
  { name: "an internal note over its limit", edit: (c) => void (c.meeting.internalNote = over(PLAN_LIMITS.internalNote)), path: "meeting.internalNote" },
  { name: "an interviewer name over its limit", edit: (c) => void (c.interviewers![0]!.name = over(PLAN_LIMITS.interviewerName)), path: "interviewers.0.name" },
  { name: "a job title over its limit", edit: (c) => void (c.interviewers![1]!.jobTitle = over(PLAN_LIMITS.jobTitle)), path: "interviewers.1.jobTitle" },
  { name: "a background over its limit", edit: (c) => void (c.interviewers![0]!.background = over(PLAN_LIMITS.longText)), path: "interviewers.0.background" },
  {
    name: "'wants to establish' over its limit",
    edit: (c) => void (c.interviewers![1]!.wantsToEstablish = over(PLAN_LIMITS.longText)),
    path: "interviewers.1.wantsToEstablish",
  },
  {
    name: "a profile link over its limit",
    edit: (c) => void (c.interviewers![0]!.profileUrl = `https://example.com/${over(PLAN_LIMITS.url)}`),
    path: "interviewers.0.profileUrl",
  },
  { name: "a first-interview summary over its limit", edit: (c) => void (c.firstInterview![2]!.summary = over(PLAN_LIMITS.summary)), path: "firstInterview.2.summary" },
  { name: "an empty first-interview summary", edit: (c) => void (c.firstInterview![0]!.summary = ""), path: "firstInterview.0.summary", message: "Enter a summary." },
  {
    name: "a malformed candidate email",
    edit: (c) => void (c.meeting.candidateEmail = "jordan@@example"),
    path: "meeting.candidateEmail",
    message: "Enter a valid email address, like name@example.com.",
  },
  {
    name: "an invalid time zone",
    edit: (c) => void (c.meeting.timeZone = "Mars/Base"),
    path: "meeting.timeZone",
    message: "Choose a time zone from the list, such as Europe/London.",
  },
  {
    name: "a date that does not exist (30 February)",
    edit: (c) => void (c.meeting.startsAtLocal = "2026-02-30T10:00"),
    path: "meeting.startsAtLocal",
    message: "That date does not exist.",
  },
  { name: "31 April", edit: (c) => void (c.meeting.startsAtLocal = "2026-04-31T09:00"), path: "meeting.startsAtLocal", message: "That date does not exist." },
  { name: "hour 24", edit: (c) => void (c.meeting.startsAtLocal = "2026-04-01T24:00"), path: "meeting.startsAtLocal" },
  { name: "a start time in another format", edit: (c) => void (c.meeting.startsAtLocal = "14/01/2027 10:00"), path: "meeting.startsAtLocal" },
  {
    name: "a duration under 15 minutes",
    edit: (c) => void (c.meeting.durationMinutes = 14),
    path: "meeting.durationMinutes",
    message: "A meeting lasts at least 15 minutes.",
  },
  {
    name: "a duration over 480 minutes",
    edit: (c) => void (c.meeting.durationMinutes = 481),
    path: "meeting.durationMinutes",
    message: "A meeting lasts at most 8 hours.",
  },
  { name: "a duration in fractions of a minute", edit: (c) => void (c.meeting.durationMinutes = 30.5), path: "meeting.durationMinutes" },
  {
    name: "a video meeting without a link",
    edit: (c) => Object.assign(c.meeting, { format: "video", location: "" }),
    path: "meeting.location",
    message: /full web address starting with https:\/\//,
  },
  {
    name: "a video meeting with a link lacking its scheme",
    edit: (c) => Object.assign(c.meeting, { format: "video", location: "meet.example.com/abc" }),
    path: "meeting.location",
  },
  {
    name: "a video meeting with a javascript: link",
    edit: (c) => Object.assign(c.meeting, { format: "video", location: "javascript:alert(1)" }),
    path: "meeting.location",
  },
  {
    name: "an on-site meeting without an address",
    edit: (c) => Object.assign(c.meeting, { format: "on_site", location: "  " }),
    path: "meeting.location",
    message: "Enter the address of the meeting.",
  },
  {
    name: "a javascript: profile link",
    edit: (c) => void (c.interviewers![1]!.profileUrl = "javascript:alert(1)"),
    path: "interviewers.1.profileUrl",
    message: "Enter the profile link as a full web address starting with https://.",
  },
  { name: "a data: profile link", edit: (c) => void (c.interviewers![0]!.profileUrl = "data:text/html,<script>1</script>"), path: "interviewers.0.profileUrl" },
  {
    name: "13 interviewers",
    edit: (c) => void (c.interviewers = Array.from({ length: PLAN_LIMITS.interviewers + 1 }, (_, i) => interviewer(`Person ${i}`))),
    path: "interviewers",
    message: "A plan has at most 12 interviewers.",
  },
  {
    name: "31 first-interview items",
    edit: (c) => void (c.firstInterview = Array.from({ length: PLAN_LIMITS.firstInterviewItems + 1 }, () => item)),
    path: "firstInterview",
    message: "Record at most 30 items.",
  },
  {
    name: "21 agenda items",
    edit: (c) => void (c.meeting.agenda = Array.from({ length: PLAN_LIMITS.agendaItems + 1 }, (_, i) => `Item ${i}`)),
    path: "meeting.agenda",
    message: "An agenda has at most 20 items.",
  },
  { name: "an empty agenda item", edit: (c) => void (c.meeting.agenda = ["Welcome", ""]), path: "meeting.agenda.1" },
  {
    name: "a NUL character in the joining notes",
    edit: (c) => void (c.meeting.joiningNotes = "Ring\u0000 the bell"),
    path: "meeting.joiningNotes",
    message: UNSAVEABLE_CHARACTER_MESSAGE,
  },
  {
    name: "a NUL character in an interviewer's background",
    edit: (c) => void (c.interviewers![0]!.background = "\u0000"),
    path: "interviewers.0.background",
    message: UNSAVEABLE_CHARACTER_MESSAGE,
  },
  {
    name: "a NUL character in an agenda item",
    edit: (c) => void (c.meeting.agenda = ["Intro\u0000"]),
    path: "meeting.agenda.0",
    message: UNSAVEABLE_CHARACTER_MESSAGE,
  },
  {
    name: "a NUL character in the internal note",
    edit: (c) => void (c.meeting.internalNote = "a\u0000b"),
    path: "meeting.internalNote",
    message: UNSAVEABLE_CHARACTER_MESSAGE,
  },
  { name: "an unknown meeting format", edit: (c) => void ((c.meeting as { format: string }).format = "hologram"), path: "meeting.format" },
  { name: "an unknown first-interview topic", edit: (c) => void ((c.firstInterview![0] as { topic: string }).topic = "astrology"), path: "firstInterview.0.topic" },
];

function expectFieldError(failure: Awaited<ReturnType<typeof failureOf>>, bad: BadInput) {
  expect(failure.code).toBe("BAD_REQUEST");
  expect(failure.message).toBe("Please check the highlighted fields.");
  const messages = failure.fieldErrors?.[bad.path];
  expect(messages, `fieldErrors: ${JSON.stringify(failure.fieldErrors)}`).toBeDefined();
  if (typeof bad.message === "string") expect(messages).toContain(bad.message);
  else if (bad.message) expect(messages!.some((m) => bad.message instanceof RegExp && bad.message.test(m))).toBe(true);
}

describe("plan input validation", () => {
  for (const bad of badInputs)
    it(`refuses ${bad.name} at "${bad.path}", creating nothing and leaving an edited plan unchanged`, async () => {
      const db = await testDb();
      const { admin } = await newOrg(db);

      const created = planInput();
      bad.edit(created);
      expectFieldError(await failureOf(admin.caller.plan.create(created)), bad);
      expect((await admin.caller.plan.list({})).total).toBe(0);

      // The same mistake in the edit form: the same field message, and the plan is as it was.
      const { id } = await admin.caller.plan.create(planInput());
      const before = await admin.caller.plan.get({ planId: id });
      const { content } = await editableContent(admin, id);
      bad.edit(content);
      expectFieldError(
        await failureOf(admin.caller.plan.update({ planId: id, expectedVersion: 1, ...content })),
        bad,
      );
      expect(await admin.caller.plan.get({ planId: id })).toEqual(before);
    });

  it("accepts every text field at exactly its limit", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput({ format: "on_site" });
    const at = (limit: number) => "y".repeat(limit);
    Object.assign(input.meeting, {
      roleTitle: at(PLAN_LIMITS.roleTitle),
      hiringCompany: at(PLAN_LIMITS.hiringCompany),
      candidateName: at(PLAN_LIMITS.candidateName),
      location: at(PLAN_LIMITS.location),
      joiningNotes: at(PLAN_LIMITS.joiningNotes),
      agenda: Array.from({ length: PLAN_LIMITS.agendaItems }, () => at(PLAN_LIMITS.agendaItem)),
      internalNote: at(PLAN_LIMITS.internalNote),
      durationMinutes: PLAN_LIMITS.maxDuration,
    });
    input.interviewers = Array.from({ length: PLAN_LIMITS.interviewers }, () => ({
      name: at(PLAN_LIMITS.interviewerName),
      jobTitle: at(PLAN_LIMITS.jobTitle),
      background: at(PLAN_LIMITS.longText),
      wantsToEstablish: at(PLAN_LIMITS.longText),
      profileUrl: `https://example.com/${at(PLAN_LIMITS.url - "https://example.com/".length)}`,
    }));
    input.firstInterview = Array.from({ length: PLAN_LIMITS.firstInterviewItems }, () => ({ ...item, summary: at(PLAN_LIMITS.summary) }));
    const { id } = await admin.caller.plan.create(input);
    const plan = await admin.caller.plan.get({ planId: id });
    expect(plan.internalNote).toHaveLength(PLAN_LIMITS.internalNote);
    expect(plan.interviewers).toHaveLength(PLAN_LIMITS.interviewers);
    expect(plan.firstInterview).toHaveLength(PLAN_LIMITS.firstInterviewItems);
    expect(plan.agenda).toHaveLength(PLAN_LIMITS.agendaItems);
  });

  it("reports several mistakes at once, each at its own path, top-level keys unchanged", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id } = await admin.caller.plan.create(planInput());
    const input = planInput();
    input.meeting.roleTitle = "";
    input.meeting.timeZone = "Mars/Base";
    input.interviewers![1]!.profileUrl = "javascript:alert(1)";
    input.firstInterview![0]!.summary = "";
    const failure = await failureOf(admin.caller.plan.create(input));
    expect(failure.fieldErrors).toEqual({
      "meeting.roleTitle": ["Enter the role title."],
      "meeting.timeZone": ["Choose a time zone from the list, such as Europe/London."],
      "interviewers.1.profileUrl": ["Enter the profile link as a full web address starting with https://."],
      "firstInterview.0.summary": ["Enter a summary."],
    });

    // A flat input keeps its plain keys, as every form built before nested plans expects.
    const duplicate = await failureOf(admin.caller.plan.duplicate({ planId: id, candidateName: "", candidateEmail: "nope" }));
    expect(duplicate.fieldErrors).toEqual({
      candidateName: ["Enter the candidate's name."],
      candidateEmail: ["Enter a valid email address, like name@example.com."],
    });
    const update = await failureOf(admin.caller.plan.update({ planId: id, expectedVersion: 0, ...planInput() }));
    expect(update.fieldErrors).toEqual({ expectedVersion: [expect.any(String)] });
  });

  it("refuses a search longer than 100 characters at 'search'", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const failure = await failureOf(admin.caller.plan.list({ search: "a".repeat(101) }));
    expect(failure.fieldErrors).toEqual({ search: ["Search for at most 100 characters."] });
  });
});
