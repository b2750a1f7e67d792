import type { FirstInterviewStatus, FirstInterviewTopic, MeetingFormat } from "../schema";

/**
 * Plan content shared by the demo seed, tests and e2e: realistic enough that
 * pages look real, parameterised where a test needs its own candidate.
 */
export function samplePlanContent(overrides: {
  candidateName?: string;
  candidateEmail: string;
  startsAtLocal?: string;
  timeZone?: string;
  format?: MeetingFormat;
  roleTitle?: string;
  hiringCompany?: string;
  internalNote?: string;
}) {
  const format = overrides.format ?? "video";
  return {
    meeting: {
      roleTitle: overrides.roleTitle ?? "Senior Product Designer",
      hiringCompany: overrides.hiringCompany ?? "Lumen Health",
      candidateName: overrides.candidateName ?? "Jordan Blake",
      candidateEmail: overrides.candidateEmail,
      startsAtLocal: overrides.startsAtLocal ?? "2027-01-14T10:00",
      timeZone: overrides.timeZone ?? "Europe/London",
      durationMinutes: 90,
      format: format as MeetingFormat,
      location: format === "video" ? "https://meet.example.com/lumen-design" : "Lumen Health, 20 Canal St, Manchester",
      joiningNotes: "Join five minutes early; Maya will let you in.",
      agenda: ["Welcome and introductions", "Portfolio deep dive", "Team working session", "Your questions"],
      internalNote: overrides.internalNote ?? "Client wants a decision before the end of the month.",
    },
    interviewers: [
      {
        name: "Maya Chen",
        jobTitle: "Head of Design",
        background: "Built Lumen's design system; previously at a large NHS supplier.",
        wantsToEstablish: "How you run research with clinicians and turn it into decisions.",
        profileUrl: "https://www.example.com/in/maya-chen",
      },
      {
        name: "Tom Okafor",
        jobTitle: "VP Engineering",
        background: "Leads the platform teams.",
        wantsToEstablish: "How you work with engineers when a design has to change late.",
        profileUrl: null,
      },
    ],
    firstInterview: [
      { topic: "values", summary: "Patient safety first; candidate shares this.", status: "agreed" },
      { topic: "location", summary: "Hybrid: two days a week in Manchester.", status: "agreed" },
      { topic: "package", summary: "Salary range £70–80k discussed.", status: "agreed" },
    ] satisfies { topic: FirstInterviewTopic; summary: string; status: FirstInterviewStatus }[],
  };
}
