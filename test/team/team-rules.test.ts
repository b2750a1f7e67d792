import { describe, expect, it } from "vitest";
import {
  canInviteInterviewer,
  canRemindInterviewer,
  canRevokeInterviewerInvitation,
  nextReminderAt,
  preparedLabel,
  reminderKind,
  reminderRefusal,
  REMINDER_SPACING_HOURS,
  teamJoinPath,
  teamStatusLabel,
  type TeamMemberFacts,
  type TeamPlanFacts,
} from "@/server/rules/team";

const now = new Date("2026-12-01T09:00:00Z");
const HOUR = 3_600_000;
const ahead: TeamPlanFacts = { stage: "preparing", endsAt: new Date(now.getTime() + 48 * HOUR), cancelledAt: null };
const held: TeamPlanFacts = { stage: "preparing", endsAt: new Date(now.getTime() - HOUR), cancelledAt: null };
const closed: TeamPlanFacts = { ...ahead, stage: "closed" };
const invited: TeamMemberFacts = { userId: null, invitation: "pending", debriefedAt: null, remindedAt: null };
const joined: TeamMemberFacts = { ...invited, userId: "u1", invitation: "accepted" };
const described: TeamMemberFacts = { ...invited, invitation: null };

describe("the interviewing team's rules", () => {
  it("invites anyone not joined on an open plan, and withdraws only an unanswered link", () => {
    expect(canInviteInterviewer(ahead, described, now)).toBe(true);
    expect(canInviteInterviewer(ahead, invited, now)).toBe(true);
    expect(canInviteInterviewer(ahead, joined, now)).toBe(false);
    expect(canInviteInterviewer(closed, described, now)).toBe(false);
    expect(canRevokeInterviewerInvitation(ahead, invited, now)).toBe(true);
    expect(canRevokeInterviewerInvitation(ahead, { ...invited, invitation: "expired" }, now)).toBe(true);
    expect(canRevokeInterviewerInvitation(ahead, { ...invited, invitation: "revoked" }, now)).toBe(false);
    expect(canRevokeInterviewerInvitation(ahead, described, now)).toBe(false);
    expect(canRevokeInterviewerInvitation(closed, invited, now)).toBe(false);
  });

  it("asks to prepare before the meeting and to debrief after it", () => {
    expect(reminderKind(ahead, now)).toBe("prepare");
    expect(reminderKind(held, now)).toBe("debrief");
  });

  it("reminds a joined or invited interviewer, at most once per spacing, and not after their debrief", () => {
    expect(canRemindInterviewer(ahead, joined, now)).toBe(true);
    expect(canRemindInterviewer(ahead, invited, now)).toBe(true);
    expect(reminderRefusal(ahead, described, now)).toMatch(/^Invite this interviewer first/);
    expect(reminderRefusal(ahead, { ...invited, invitation: "expired" }, now)).toMatch(/^Invite this interviewer first/);
    expect(reminderRefusal(closed, joined, now)).toBe("This plan is closed.");
    expect(reminderRefusal(held, { ...joined, debriefedAt: now }, now)).toBe("This interviewer has already added their debrief.");
    expect(canRemindInterviewer(ahead, { ...joined, debriefedAt: now }, now)).toBe(true);

    const remindedAt = new Date(now.getTime() - (REMINDER_SPACING_HOURS * HOUR - 60_000));
    expect(nextReminderAt(remindedAt, now)).toEqual(new Date("2026-12-01T09:01:00Z"));
    expect(reminderRefusal(ahead, { ...joined, remindedAt }, now)).toBe(
      "This interviewer was reminded less than 12 hours ago; the next reminder is possible after 09:01 UTC on 2026-12-01.",
    );
    const longAgo = new Date(now.getTime() - REMINDER_SPACING_HOURS * HOUR);
    expect(nextReminderAt(longAgo, now)).toBeNull();
    expect(canRemindInterviewer(ahead, { ...joined, remindedAt: longAgo }, now)).toBe(true);
  });

  it("labels a member's status and preparation, and builds the join link", () => {
    expect(teamStatusLabel({ joined: false, invitation: null })).toBe("Not invited");
    expect(teamStatusLabel({ joined: false, invitation: { status: "pending" } })).toBe("Invited");
    expect(teamStatusLabel({ joined: false, invitation: { status: "expired" } })).toBe("Link expired");
    expect(teamStatusLabel({ joined: true, invitation: { status: "accepted" } })).toBe("Joined");
    expect(preparedLabel(0)).toBe("Not prepared yet");
    expect(preparedLabel(1)).toBe("Prepared: 1 goal");
    expect(preparedLabel(3)).toBe("Prepared: 3 goals");
    expect(teamJoinPath("a/b")).toBe("/team-join/a%2Fb");
  });
});
