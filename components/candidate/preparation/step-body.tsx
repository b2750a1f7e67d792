"use client";

import type { RouterOutputs } from "@/components/api-types";
import type { PREPARATION_STEPS } from "@/server/rules/preparation";
import { OwnGoals } from "@/components/goals/own-goals";
import { StepLearn } from "./step-learn";
import { StepPeople } from "./step-people";
import { StepTheirGoals } from "./step-their-goals";
import type { Preparation } from "./use-preparation";

interface StepBodyProps {
  planId: string;
  step: (typeof PREPARATION_STEPS)[number];
  interviewers: RouterOutputs["interview"]["get"]["interviewers"];
  preparation: Preparation;
  readOnly: boolean;
}

/** The words of the goal lists that steps 2 and 4 collect. */
const GOAL_LIST_COPY = {
  2: {
    listLabel: "What you want to establish, and your doubts",
    emptyText: "Nothing yet. What must this meeting settle for you? What worries you about the role or the business?",
    addLabel: "Add a goal or a doubt",
    textLabel: undefined,
  },
  4: {
    listLabel: "What you must know before you leave",
    emptyText: "Nothing yet. What has to be answered before you walk out?",
    addLabel: "Add something you must know",
    textLabel: "What must you know before you leave?",
  },
} as const;

/** What one preparation step asks the candidate to do. */
export function StepBody({ planId, step, interviewers, preparation, readOnly }: StepBodyProps) {
  switch (step.step) {
    case 1:
      return <StepPeople planId={planId} interviewers={interviewers} notes={preparation.interviewerNotes} readOnly={readOnly} />;
    case 2:
    case 4:
      return <OwnGoals planId={planId} mySide="candidate" kinds={step.goalKinds} {...GOAL_LIST_COPY[step.step]} />;
    case 3:
      return <StepLearn planId={planId} kinds={step.goalKinds} preparation={preparation} readOnly={readOnly} />;
    case 5:
      return <StepTheirGoals planId={planId} acknowledgements={preparation.acknowledgements} readOnly={readOnly} />;
  }
}
