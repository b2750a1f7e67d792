"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { Accordion } from "radix-ui";
import { useId, useState } from "react";
import { PREPARATION_STEP_COUNT } from "@/server/rules/preparation";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { CheckIcon, ChevronIcon, LockIcon } from "@/components/ui/icons";
import type { AppRouter } from "@/server/api/root";
import { AutosaveNote } from "./autosave-note";
import { GoalSummary, OwnGoals } from "./goal-lists";
import { PersonCard } from "./people-you-meet";
import { PrivateBadge } from "./private-badge";
import { StepProgress } from "./progress";
import { SaveStatus, type SaveState } from "./save-status";
import { useGoals } from "./use-goals";

type Outputs = inferRouterOutputs<AppRouter>;
type Preparation = Outputs["preparation"]["get"];
type Interviewer = Outputs["interview"]["get"]["interviewers"][number];
type Step = 1 | 2 | 3 | 4 | 5;

/** The article's five points, in plain words. */
const STEPS: { step: Step; title: string; explain: string }[] = [
  {
    step: 1,
    title: "Know the people you're meeting",
    explain: "Their background, their motives for this meeting and what they want to establish: everything else builds on this.",
  },
  {
    step: 2,
    title: "What you want to establish, and your doubts",
    explain: "Decide what this meeting must settle for you and name your doubts about the business, so you can check it fits where your career is going.",
  },
  {
    step: 3,
    title: "What else you want to know, and what has held you back",
    explain: "What else would help you judge the match? And what stopped you reaching your goals before: does this business let you get past it?",
  },
  {
    step: 4,
    title: "What you must know before you leave",
    explain: "Too many people walk out of a second interview with millions of questions. List what must be answered by the end.",
  },
  {
    step: 5,
    title: "What the interviewer wants to achieve",
    explain: "Know their goals before you walk in, so you both leave agreeing on what the next steps look like.",
  },
];

interface Props {
  planId: string;
  interviewers: Interviewer[];
  initial: Preparation;
  readOnly: boolean;
}

/**
 * The candidate's guided checklist. Opens at the first step not yet done, so
 * coming back resumes where they left off; every input saves on its own.
 */
export function PreparationSteps({ planId, interviewers, initial, readOnly }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prepKey = trpc.preparation.get.queryKey({ planId });
  const preparation = useQuery(trpc.preparation.get.queryOptions({ planId }, { initialData: initial }));
  const data = preparation.data ?? initial;
  // The tick a step shows while its save is on the way, so the checkbox follows the click at once.
  const [pendingTicks, setPendingTicks] = useState<Partial<Record<number, boolean>>>({});
  const done = new Set(STEPS.map((s) => s.step).filter((step) => pendingTicks[step] ?? data.stepsDone.includes(step)));
  const [open, setOpen] = useState<string[]>(() => {
    const resume = STEPS.find((s) => !initial.stepsDone.includes(s.step));
    return resume ? [`step-${resume.step}`] : [];
  });
  const [stepError, setStepError] = useState<{ step: number; message: string } | null>(null);

  const setStep = useMutation(
    trpc.preparation.setStep.mutationOptions({
      onSuccess: (_result, { step, done: isDone }) => {
        queryClient.setQueryData(prepKey, (old) =>
          old
            ? {
                ...old,
                stepsDone: isDone ? [...new Set([...old.stepsDone, step])].sort() : old.stepsDone.filter((s) => s !== step),
              }
            : old,
        );
      },
      onError: (error, { step }) => setStepError({ step, message: `${error.message} Your tick was not saved.` }),
      onSettled: async (_result, _error, { step }) => {
        setPendingTicks(({ [step]: _settled, ...rest }) => rest);
        await queryClient.invalidateQueries({ queryKey: prepKey });
      },
    }),
  );

  const toggle = (step: Step, next: boolean) => {
    setStepError(null);
    setPendingTicks((ticks) => ({ ...ticks, [step]: next }));
    // A refetch already on its way predates this tick: drop it rather than let it flash the old state.
    void queryClient.cancelQueries({ queryKey: prepKey });
    setStep.mutate({ planId, step, done: next });
  };

  const goTo = (step: number) => {
    setOpen((current) => [...current.filter((v) => v !== `step-${step - 1}`), `step-${step}`]);
    requestAnimationFrame(() => {
      const trigger = document.querySelector<HTMLElement>(`[data-step-trigger="${step}"]`);
      trigger?.scrollIntoView({ block: "start", behavior: "smooth" });
      trigger?.focus({ preventScroll: true });
    });
  };

  const allDone = done.size === PREPARATION_STEP_COUNT;

  return (
    <div className="space-y-6">
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <StepProgress done={done.size} />
        <p className="mt-3 flex items-start gap-1.5 text-sm text-slate-600">
          <LockIcon className="mt-0.5 size-3.5 shrink-0 text-slate-500" />
          <span>
            Your notes and ticks are private: the interviewing team only sees how many steps you&apos;ve done. Goals are shared unless you
            make them private.
          </span>
        </p>
        {allDone && (
          <Alert tone="success" title="You're prepared" className="mt-4">
            <p>All five steps are done. You can still change anything until the meeting.</p>
          </Alert>
        )}
      </div>

      <Accordion.Root type="multiple" value={open} onValueChange={setOpen} className="space-y-3">
        {STEPS.map(({ step, title, explain }) => {
          const isDone = done.has(step);
          return (
            <Accordion.Item
              key={step}
              value={`step-${step}`}
              className={cx("overflow-hidden rounded-xl border bg-white shadow-sm", isDone ? "border-emerald-200" : "border-slate-200")}
            >
              <Accordion.Header asChild>
                <h2>
                  <Accordion.Trigger
                    data-step-trigger={step}
                    className="group flex w-full scroll-mt-4 items-center gap-3 px-4 py-4 text-left hover:bg-slate-50 sm:px-6"
                  >
                    <span
                      aria-hidden="true"
                      className={cx(
                        "grid size-8 shrink-0 place-items-center rounded-full text-sm font-semibold",
                        isDone ? "bg-emerald-600 text-white" : "bg-brand-50 text-brand-800",
                      )}
                    >
                      {isDone ? <CheckIcon /> : step}
                    </span>
                    <span className="min-w-0 flex-1">
                      <span className="sr-only">Step {step}: </span>
                      <span className="block font-semibold text-slate-900">{title}</span>
                    </span>
                    {isDone ? <Badge tone="success">Done</Badge> : <span className="sr-only">, not done yet</span>}
                    <ChevronIcon className="size-5 shrink-0 text-slate-500 transition-transform group-data-[state=open]:rotate-180" />
                  </Accordion.Trigger>
                </h2>
              </Accordion.Header>
              <Accordion.Content className="border-t border-slate-100 px-4 pt-4 pb-5 sm:px-6">
                <p className="text-slate-700">{explain}</p>
                <div className="mt-5">
                  {step === 1 && <StepPeople planId={planId} interviewers={interviewers} notes={data.interviewerNotes} readOnly={readOnly} />}
                  {step === 2 && (
                    <OwnGoals
                      planId={planId}
                      mySide="candidate"
                      kinds={["establish", "doubt"]}
                      readOnly={readOnly}
                      listLabel="What you want to establish, and your doubts"
                      emptyText="Nothing yet. What must this meeting settle for you? What worries you about the role or the business?"
                      addLabel="Add a goal or a doubt"
                    />
                  )}
                  {step === 3 && <StepLearn planId={planId} heldBackNote={data.heldBackNote} readOnly={readOnly} />}
                  {step === 4 && (
                    <OwnGoals
                      planId={planId}
                      mySide="candidate"
                      kinds={["must_know"]}
                      readOnly={readOnly}
                      listLabel="What you must know before you leave"
                      emptyText="Nothing yet. What has to be answered before you walk out?"
                      addLabel="Add something you must know"
                      textLabel="What must you know before you leave?"
                    />
                  )}
                  {step === 5 && <StepTheirGoals planId={planId} acknowledgements={data.acknowledgements} readOnly={readOnly} />}
                </div>
                <StepFooter
                  step={step}
                  isDone={isDone}
                  readOnly={readOnly}
                  saving={pendingTicks[step] !== undefined}
                  error={stepError?.step === step ? stepError.message : undefined}
                  onToggle={(next) => toggle(step, next)}
                  onNext={step < PREPARATION_STEP_COUNT ? () => goTo(step + 1) : undefined}
                />
              </Accordion.Content>
            </Accordion.Item>
          );
        })}
      </Accordion.Root>
    </div>
  );
}

function StepFooter(props: {
  step: number;
  isDone: boolean;
  readOnly: boolean;
  saving: boolean;
  error?: string;
  onToggle: (done: boolean) => void;
  onNext?: () => void;
}) {
  const { isDone, readOnly, saving, error, onToggle, onNext } = props;
  const id = useId();
  const state: SaveState = saving ? "saving" : error ? "error" : "idle";
  return (
    <div className="mt-6 space-y-3 border-t border-slate-100 pt-4">
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-3">
          <label
            htmlFor={id}
            className={cx(
              "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border px-4 text-sm font-medium sm:min-h-10",
              isDone ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
              readOnly && "cursor-not-allowed opacity-70",
            )}
          >
            <input
              id={id}
              type="checkbox"
              className="size-4 accent-emerald-600"
              checked={isDone}
              disabled={readOnly}
              onChange={(e) => onToggle(e.target.checked)}
            />
            Mark this step done
          </label>
          <SaveStatus state={state} />
        </div>
        {onNext && (
          <Button variant="ghost" onClick={onNext}>
            Next step <span aria-hidden="true">→</span>
          </Button>
        )}
      </div>
    </div>
  );
}

function useNoteSaver(planId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.preparation.saveNote.mutationOptions());
  return async (interviewerId: string | null, text: string) => {
    await save.mutateAsync({ planId, interviewerId, text });
    queryClient.setQueryData(trpc.preparation.get.queryKey({ planId }), (old) => {
      if (!old) return old;
      if (!interviewerId) return { ...old, heldBackNote: text };
      const others = old.interviewerNotes.filter((n) => n.interviewerId !== interviewerId);
      return { ...old, interviewerNotes: [...others, { interviewerId, text }] };
    });
  };
}

function StepPeople({ planId, interviewers, notes, readOnly }: { planId: string; interviewers: Interviewer[]; notes: Preparation["interviewerNotes"]; readOnly: boolean }) {
  const saveNote = useNoteSaver(planId);
  if (!interviewers.length)
    return <p className="text-sm text-slate-600">The recruiter hasn&apos;t added the people you&apos;re meeting yet. Check back later.</p>;
  return (
    <ul aria-label="People you're meeting" className="space-y-4">
      {interviewers.map((person) => (
        <PersonCard key={person.id} person={person}>
          <div className="mt-4">
            <AutosaveNote
              label={`Your notes on ${person.name}`}
              hint="What do you know about them, and what will you ask them? Your note saves when you leave the field."
              initial={notes.find((n) => n.interviewerId === person.id)?.text ?? ""}
              save={(text) => saveNote(person.id, text)}
              disabled={readOnly}
            />
          </div>
        </PersonCard>
      ))}
    </ul>
  );
}

function StepLearn({ planId, heldBackNote, readOnly }: { planId: string; heldBackNote: string; readOnly: boolean }) {
  const saveNote = useNoteSaver(planId);
  return (
    <div className="space-y-6">
      <div>
        <h3 className="mb-2 font-semibold text-slate-900">What you want to learn about the organisation</h3>
        <OwnGoals
          planId={planId}
          mySide="candidate"
          kinds={["learn"]}
          readOnly={readOnly}
          listLabel="What you want to learn about the organisation"
          emptyText="Nothing yet. What would help you understand whether this is a good match?"
          addLabel="Add something to learn"
          textLabel="What do you want to learn about the organisation?"
        />
      </div>
      <AutosaveNote
        label="What has held you back before?"
        hint="What stopped you reaching your goals in past roles, and what would this business need to offer to get past it? Your note saves when you leave the field."
        initial={heldBackNote}
        save={(text) => saveNote(null, text)}
        disabled={readOnly}
        rows={4}
      />
    </div>
  );
}

function StepTheirGoals({ planId, acknowledgements, readOnly }: { planId: string; acknowledgements: Preparation["acknowledgements"]; readOnly: boolean }) {
  const goals = useGoals(planId);
  if (goals.isPending) return <p className="text-sm text-slate-600">Loading the interviewing team&apos;s goals…</p>;
  if (goals.isError) return <Alert>{goals.error.message}</Alert>;
  const theirs = goals.data.goals.filter((g) => g.side === "organisation");
  if (!theirs.length)
    return <p className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center text-sm text-slate-600">The interviewing team hasn&apos;t shared its goals yet. You can still mark this step done.</p>;
  return (
    <ul aria-label="The interviewing team's goals" className="space-y-3">
      {theirs.map((goal) => (
        <li key={goal.id} aria-label={goal.text} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <GoalSummary goal={goal} viewer="candidate" theirs />
          <Acknowledge planId={planId} goalId={goal.id} goalText={goal.text} existing={acknowledgements.find((a) => a.goalId === goal.id)} readOnly={readOnly} />
        </li>
      ))}
    </ul>
  );
}

function Acknowledge(props: { planId: string; goalId: string; goalText: string; existing?: Preparation["acknowledgements"][number]; readOnly: boolean }) {
  const { planId, goalId, goalText, existing, readOnly } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [checked, setChecked] = useState(!!existing);
  const acknowledge = useMutation(
    trpc.preparation.acknowledgeGoal.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.preparation.get.queryKey({ planId }) }),
    }),
  );
  return (
    <div className="mt-4 space-y-3 border-t border-slate-200 pt-3">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={id} className="flex min-h-10 cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
          <input
            id={id}
            type="checkbox"
            className="size-4 accent-emerald-600"
            checked={checked}
            disabled={readOnly || acknowledge.isPending}
            aria-describedby={`${id}-about`}
            onChange={(e) => {
              const next = e.target.checked;
              setChecked(next);
              acknowledge.mutate(
                { planId, goalId, acknowledged: next, note: next ? (existing?.note ?? "") : "" },
                { onError: () => setChecked(!next) },
              );
            }}
          />
          I&apos;ve considered this
        </label>
        <span id={`${id}-about`} className="sr-only">
          {goalText}
        </span>
        <SaveStatus state={acknowledge.isPending ? "saving" : acknowledge.isError ? "error" : "idle"} />
      </div>
      {acknowledge.error && <Alert>{acknowledge.error.message}</Alert>}
      {checked ? (
        <AutosaveNote
          label="How you'll address it"
          hint="Your note saves when you leave the field."
          initial={existing?.note ?? ""}
          save={(note) => acknowledge.mutateAsync({ planId, goalId, acknowledged: true, note })}
          disabled={readOnly}
          rows={2}
        />
      ) : (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <PrivateBadge /> Tick it to add a note on how you&apos;ll address it. Only you see the tick and the note.
        </p>
      )}
    </div>
  );
}
