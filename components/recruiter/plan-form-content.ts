import type { PlanContent, PlanFormValues, RecruiterPlan, SubmittedKeys } from "./plan-form-state";

/** Between the server's plan and the form's values: what the form starts from, and what Save sends. */
export function emptyValues(): PlanFormValues {
  return {
    roleTitle: "",
    hiringCompany: "",
    candidateName: "",
    candidateEmail: "",
    startsAtLocal: "",
    timeZone: null,
    durationMinutes: 60,
    format: "video",
    location: "",
    joiningNotes: "",
    agenda: [],
    internalNote: "",
    interviewers: [],
    firstInterview: [],
  };
}

export function valuesFromPlan(plan: RecruiterPlan): PlanFormValues {
  return {
    roleTitle: plan.roleTitle,
    hiringCompany: plan.hiringCompany,
    candidateName: plan.candidateName,
    candidateEmail: plan.candidateEmail,
    startsAtLocal: plan.startsAtLocal,
    timeZone: plan.timeZone,
    durationMinutes: plan.durationMinutes,
    format: plan.format,
    location: plan.location,
    joiningNotes: plan.joiningNotes,
    agenda: plan.agenda.map((text, i) => ({ key: `agenda-${i}`, text })),
    internalNote: plan.internalNote,
    interviewers: plan.interviewers.map((p) => ({
      key: p.id,
      id: p.id,
      version: p.version,
      name: p.name,
      jobTitle: p.jobTitle,
      background: p.background,
      wantsToEstablish: p.wantsToEstablish,
      profileUrl: p.profileUrl ?? "",
    })),
    firstInterview: plan.firstInterview.map((i) => ({
      key: i.id,
      id: i.id,
      version: i.version,
      topic: i.topic,
      summary: i.summary,
      status: i.status,
      flaggedBySide: i.flaggedBySide,
    })),
  };
}

export function toContent(values: PlanFormValues, timeZone: string): { content: PlanContent; keys: SubmittedKeys } {
  const agenda = values.agenda.filter((row) => row.text.trim() !== "");
  return {
    content: {
      meeting: {
        roleTitle: values.roleTitle,
        hiringCompany: values.hiringCompany,
        candidateName: values.candidateName,
        candidateEmail: values.candidateEmail,
        startsAtLocal: values.startsAtLocal,
        timeZone,
        durationMinutes: values.durationMinutes,
        format: values.format,
        location: values.location,
        joiningNotes: values.joiningNotes,
        agenda: agenda.map((row) => row.text),
        internalNote: values.internalNote,
      },
      interviewers: values.interviewers.map((p) => ({
        id: p.id,
        expectedVersion: p.version,
        name: p.name,
        jobTitle: p.jobTitle,
        background: p.background,
        wantsToEstablish: p.wantsToEstablish,
        profileUrl: p.profileUrl.trim() || null,
      })),
      firstInterview: values.firstInterview.map((i) => ({
        id: i.id,
        expectedVersion: i.version,
        topic: i.topic,
        summary: i.summary,
        status: i.status,
      })),
    },
    keys: {
      interviewers: values.interviewers.map((p) => p.key),
      firstInterview: values.firstInterview.map((i) => i.key),
      agenda: agenda.map((row) => row.key),
    },
  };
}
