"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { MeetingFormat } from "@/db/schema";
import { formatTimeIn } from "@/server/rules/format";
import { FORMATS, FORMAT_LABEL, JOINING_NOTES_LABEL, LOCATION_HINT, LOCATION_LABEL } from "@/server/rules/labels";
import { useViewerTimeZone } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { LockIcon } from "@/components/ui/icons";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { textLinkClasses } from "@/components/ui/text-link";
import { useToast } from "@/components/ui/toast";
import {
  AgendaEditor,
  ChoiceGroup,
  DurationField,
  FirstInterviewEditor,
  FormSection,
  InterviewersEditor,
  TimeZoneField,
  YourTimeHint,
} from "./plan-form-sections";
import {
  emptyValues,
  planFormErrors,
  reapplyChanges,
  toContent,
  valuesFromPlan,
  type PlanFormValues,
  type RecruiterPlan,
  type SubmittedKeys,
} from "./plan-form-state";

// Mirrors PLAN_LIMITS on the server (which stays the authority): only used to stop adding rows.
const MAX = { interviewers: 12, firstInterview: 30, agenda: 20 } as const;

type Props = { mode: "create" } | { mode: "edit"; plan: RecruiterPlan };

/**
 * Creates or edits a whole plan. Everything stays in the browser until Save;
 * a refused save keeps every keystroke, shows each message next to its field,
 * and a save that lost a race to a colleague offers the latest version.
 */
export function PlanForm(props: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const notify = useToast();
  const [navigating, startNavigation] = useTransition();
  const viewerZone = useViewerTimeZone();

  const planId = props.mode === "edit" ? props.plan.id : null;
  // Once shared, the invitation is bound to its address: another candidate gets a duplicate.
  const emailLocked = props.mode === "edit" && props.plan.stage !== "draft";
  const [values, setValues] = useState<PlanFormValues>(() => (props.mode === "edit" ? valuesFromPlan(props.plan) : emptyValues()));
  const [saved, setSaved] = useState<PlanFormValues>(values);
  const [version, setVersion] = useState(props.mode === "edit" ? props.plan.version : 0);
  const [savedAt, setSavedAt] = useState<{ at: Date; rescheduled: boolean } | null>(null);
  const [submittedKeys, setSubmittedKeys] = useState<SubmittedKeys | null>(null);
  const [setAside, setSetAside] = useState<{ base: PlanFormValues; mine: PlanFormValues } | null>(null);
  const [reloading, setReloading] = useState(false);

  const create = useMutation(trpc.plan.create.mutationOptions());
  const update = useMutation(trpc.plan.update.mutationOptions());
  const failure = create.error ?? update.error;
  const conflict = failure?.data?.code === "CONFLICT";
  const errors = planFormErrors(failure?.data?.fieldErrors, submittedKeys, values);
  const pending = create.isPending || update.isPending || navigating;

  const timeZone = values.timeZone ?? viewerZone ?? "UTC";
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  // Leaving with unsaved changes asks first (the browser's own prompt).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setList =
    <K extends "interviewers" | "firstInterview" | "agenda">(key: K) =>
    (updateRows: (rows: PlanFormValues[K]) => PlanFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: updateRows(v[key]) }));

  const invalidatePlans = () => queryClient.invalidateQueries(trpc.plan.pathFilter());

  const fetchLatest = async () => {
    if (!planId) throw new Error("No plan to reload");
    return queryClient.fetchQuery({ ...trpc.plan.get.queryOptions({ planId }), staleTime: 0 });
  };

  function submit() {
    const submitted = values;
    const { content, keys } = toContent(submitted, timeZone);
    setSubmittedKeys(keys);
    setSavedAt(null);

    if (props.mode === "create") {
      create.mutate(content, {
        onSuccess: ({ id }) => {
          setSaved(submitted);
          void invalidatePlans();
          notify({ title: "Plan created", description: "Share it with the candidate when it's ready." });
          startNavigation(() => router.push(`/plans/${id}` as Route));
        },
      });
      return;
    }

    update.mutate(
      { planId: planId!, expectedVersion: version, ...content },
      {
        onSuccess: async (result) => {
          setVersion(result.version);
          setSetAside(null);
          // New rows got their ids on the server, in the order they were sent: learn them so the next
          // save updates those rows instead of replacing them (notes attached to them would be lost).
          let ids: { interviewers: (string | undefined)[]; firstInterview: (string | undefined)[] } = {
            interviewers: [],
            firstInterview: [],
          };
          try {
            const latest = await fetchLatest();
            if (latest.version === result.version)
              ids = { interviewers: latest.interviewers.map((p) => p.id), firstInterview: latest.firstInterview.map((i) => i.id) };
          } catch {
            // Without the ids the next save still works; it re-creates the new rows.
          }
          const withIds = <T extends { key: string; id: string | null }>(rows: T[], order: string[], known: (string | undefined)[]) =>
            rows.map((r) => (r.id ? r : { ...r, id: known[order.indexOf(r.key)] ?? null }));
          const applyIds = (v: PlanFormValues): PlanFormValues => ({
            ...v,
            interviewers: withIds(v.interviewers, keys.interviewers, ids.interviewers),
            firstInterview: withIds(v.firstInterview, keys.firstInterview, ids.firstInterview),
          });
          setValues(applyIds);
          setSaved(applyIds(submitted));
          setSavedAt({ at: new Date(), rescheduled: result.rescheduled });
          void invalidatePlans();
          router.refresh();
          notify({
            title: "Changes saved",
            description: result.rescheduled ? "We emailed the candidate the new time." : undefined,
          });
        },
      },
    );
  }

  async function reloadLatest() {
    setReloading(true);
    try {
      const latest = await fetchLatest();
      setSetAside({ base: saved, mine: values });
      const fresh = valuesFromPlan(latest);
      setValues(fresh);
      setSaved(fresh);
      setVersion(latest.version);
      update.reset();
    } catch (error) {
      notify({ title: "Could not load the latest version", description: (error as Error).message, tone: "error" });
    } finally {
      setReloading(false);
    }
  }

  function reapplyMyChanges() {
    if (!setAside) return;
    setValues(reapplyChanges(setAside.base, setAside.mine, saved));
    setSetAside(null);
  }

  const formError = conflict
    ? undefined
    : failure
      ? errors.other.length
        ? `${errors.any ? "Please check the highlighted fields. " : ""}${errors.other.join(" ")}`
        : errors.any
          ? "Please check the highlighted fields."
          : failure.message
      : undefined;

  const locationLabel = LOCATION_LABEL[values.format];
  const backHref = (planId ? `/plans/${planId}` : "/dashboard") as Route;

  return (
    <Form
      aria-label={props.mode === "create" ? "New plan" : "Edit plan"}
      failure={failure}
      formError={formError}
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) submit();
      }}
      className="space-y-6"
    >
      {conflict && (
        <Alert title="Someone else saved this plan">
          <p>{failure.message}</p>
          <p>“Reload latest” loads their version. Your changes are set aside, and you can re-apply them on top of it.</p>
          <div className="flex flex-wrap gap-2 pt-1">
            <Button size="sm" onClick={() => void reloadLatest()} pending={reloading} pendingLabel="Loading…">
              Reload latest
            </Button>
            <a href={backHref} target="_blank" rel="noopener" className={buttonClasses({ variant: "secondary", size: "sm" })}>
              Open their version in a new tab
            </a>
          </div>
        </Alert>
      )}
      {setAside && (
        <Alert tone="info" title="You're looking at the latest saved version">
          <p>
            Your changes were set aside. Re-apply them on top of this version (fields you didn&apos;t change keep their new
            values), or carry on from here.
          </p>
          <Button size="sm" variant="secondary" onClick={reapplyMyChanges}>
            Re-apply my changes
          </Button>
        </Alert>
      )}

      <FormSection title="The meeting" description="What the candidate needs to find the meeting and arrive on time.">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Role title"
            name="roleTitle"
            value={values.roleTitle}
            onChange={(e) => set("roleTitle", e.target.value)}
            error={errors.meeting.roleTitle}
            autoComplete="off"
          />
          <TextField
            label="Hiring company"
            name="hiringCompany"
            value={values.hiringCompany}
            onChange={(e) => set("hiringCompany", e.target.value)}
            error={errors.meeting.hiringCompany}
            autoComplete="organization"
          />
          <TextField
            label="Candidate's name"
            name="candidateName"
            value={values.candidateName}
            onChange={(e) => set("candidateName", e.target.value)}
            error={errors.meeting.candidateName}
            autoComplete="off"
          />
          <TextField
            label="Candidate's email"
            name="candidateEmail"
            type="email"
            inputMode="email"
            hint={
              emailLocked
                ? "The plan was already shared with this address. To invite someone else, duplicate the plan for them."
                : undefined
            }
            readOnly={emailLocked}
            className={emailLocked ? "[&_input]:bg-slate-50 [&_input]:text-slate-600" : undefined}
            value={values.candidateEmail}
            onChange={(e) => set("candidateEmail", e.target.value)}
            error={errors.meeting.candidateEmail}
            autoComplete="off"
          />
        </div>

        <div className="space-y-2">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1.3fr_0.8fr]">
            <TextField
              label="Date and time"
              name="startsAtLocal"
              type="datetime-local"
              value={values.startsAtLocal}
              onChange={(e) => set("startsAtLocal", e.target.value)}
              error={errors.meeting.startsAtLocal}
            />
            <TimeZoneField value={timeZone} onChange={(zone) => set("timeZone", zone)} error={errors.meeting.timeZone} />
            <DurationField
              value={values.durationMinutes}
              onChange={(m) => set("durationMinutes", m)}
              error={errors.meeting.durationMinutes}
            />
          </div>
          <YourTimeHint local={values.startsAtLocal} zone={timeZone} />
        </div>

        <ChoiceGroup<MeetingFormat>
          legend="Format"
          name="format"
          value={values.format}
          options={FORMATS.map((f) => ({ value: f, label: FORMAT_LABEL[f] }))}
          onChange={(format) => set("format", format)}
          error={errors.meeting.format}
        />
        {values.format === "phone" ? (
          <TextArea
            label={locationLabel}
            name="location"
            hint={LOCATION_HINT.phone}
            value={values.location}
            onChange={(e) => set("location", e.target.value)}
            error={errors.meeting.location}
            rows={2}
          />
        ) : (
          <TextField
            label={locationLabel}
            name="location"
            type={values.format === "video" ? "url" : "text"}
            inputMode={values.format === "video" ? "url" : undefined}
            placeholder={values.format === "video" ? "https://" : undefined}
            hint={LOCATION_HINT[values.format]}
            value={values.location}
            onChange={(e) => set("location", e.target.value)}
            error={errors.meeting.location}
            autoComplete={values.format === "on_site" ? "street-address" : "off"}
          />
        )}
        <TextArea
          label={`${JOINING_NOTES_LABEL[values.format]} (optional)`}
          name="joiningNotes"
          hint={
            values.format === "on_site"
              ? "Reception, parking, what to bring."
              : "Anything to install or test beforehand, who starts the call."
          }
          value={values.joiningNotes}
          onChange={(e) => set("joiningNotes", e.target.value)}
          error={errors.meeting.joiningNotes}
        />
      </FormSection>

      <FormSection title="Agenda" description="Short items, in the order they'll happen.">
        <AgendaEditor
          rows={values.agenda}
          setRows={setList("agenda")}
          errors={errors.agenda}
          listError={errors.meeting.agenda}
          max={MAX.agenda}
        />
      </FormSection>

      <FormSection
        title="People you're meeting"
        description="Who the candidate will meet, in the order they'll meet them. The candidate sees all of this."
      >
        <InterviewersEditor
          rows={values.interviewers}
          setRows={setList("interviewers")}
          errors={errors.interviewers}
          listError={errors.interviewersList}
          max={MAX.interviewers}
        />
      </FormSection>

      <FormSection
        title="What the first interview established"
        description="Both sides see these. Items marked “to revisit” become the consistency checks of the second meeting."
      >
        <FirstInterviewEditor
          rows={values.firstInterview}
          setRows={setList("firstInterview")}
          errors={errors.firstInterview}
          listError={errors.firstInterviewList}
          max={MAX.firstInterview}
        />
      </FormSection>

      <FormSection
        title="Internal note"
        description={
          <p className="flex items-center gap-1.5 font-medium text-slate-700">
            <LockIcon className="size-4 shrink-0" /> Only your organisation sees this. The candidate never does.
          </p>
        }
      >
        <TextArea
          label="Internal note (optional)"
          name="internalNote"
          hint="Context for colleagues: salary expectations, other processes, what to probe."
          value={values.internalNote}
          onChange={(e) => set("internalNote", e.target.value)}
          error={errors.meeting.internalNote}
          rows={4}
        />
      </FormSection>

      <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:shadow-sm">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p role="status" aria-live="polite" className="min-w-0 flex-1 text-sm text-slate-600">
            {pending ? (
              props.mode === "create" ? "Creating the plan…" : "Saving…"
            ) : dirty ? (
              <span className="font-medium text-amber-800">Unsaved changes</span>
            ) : savedAt ? (
              <span className="font-medium text-emerald-800">
                <span aria-hidden="true">✓ </span>
                All changes saved at {formatTimeIn(savedAt.at, viewerZone ?? "UTC")}
                {savedAt.rescheduled && <span className="font-normal text-slate-600"> · the candidate was emailed the new time</span>}
              </span>
            ) : props.mode === "edit" ? (
              "No changes yet"
            ) : (
              "Nothing is shared with the candidate until you choose to."
            )}
          </p>
          <div className="flex w-full items-center gap-3 sm:w-auto">
            <Link href={backHref} className={`${textLinkClasses} px-1 text-sm`}>
              {props.mode === "create" ? "Cancel" : "Back to plan"}
            </Link>
            <Button type="submit" className="flex-1 sm:flex-none" pending={pending} pendingLabel={props.mode === "create" ? "Creating…" : "Saving…"}>
              {props.mode === "create" ? "Create plan" : "Save changes"}
            </Button>
          </div>
        </div>
      </div>
    </Form>
  );
}
