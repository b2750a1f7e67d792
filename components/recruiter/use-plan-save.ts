"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTRPC } from "@/components/trpc";
import { useToast } from "@/components/ui/toast";
import { changedFields, reapplyChanges, type ChangedField } from "./plan-form-conflict";
import { withServerIds } from "./plan-form-ids";
import { toContent, valuesFromPlan } from "./plan-form-content";
import type { PlanFormValues, SubmittedKeys } from "./plan-form-state";
import type { PlanDraft } from "./use-plan-draft";
import { usePlanChanged } from "./use-plan-changed";
import { planPath } from "@/server/rules/plan-urls";

/** A save refused because a colleague saved first: their version, and what it changed. */
export interface PlanConflict {
  latest: PlanFormValues;
  latestVersion: number;
  changes: ChangedField[];
}

interface Options {
  planId: string | null;
  version: number;
  draft: PlanDraft;
  timeZone: string;
}

/**
 * Creating or saving the plan. A stale save (CONFLICT) changes nothing on
 * the server and nothing in the draft: the latest version is fetched and
 * compared with the one the user started from, and the user re-applies their
 * edit on top of it in one click, or discards it.
 */
export function usePlanSave({ planId, version: initialVersion, draft, timeZone }: Options) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const notify = useToast();
  const [navigating, startNavigation] = useTransition();
  const [version, setVersion] = useState(initialVersion);
  const [savedAt, setSavedAt] = useState<{ at: Date; rescheduled: boolean } | null>(null);
  const [submittedKeys, setSubmittedKeys] = useState<SubmittedKeys | null>(null);
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const create = useMutation(trpc.plan.create.mutationOptions());
  const update = useMutation(trpc.plan.update.mutationOptions());

  const fetchLatest = (id: string) => queryClient.fetchQuery({ ...trpc.plan.get.queryOptions({ planId: id }), staleTime: 0 });
  const planChanged = usePlanChanged(planId ?? "");

  function createPlan(submitted: PlanFormValues) {
    const { content, keys } = toContent(submitted, timeZone);
    setSubmittedKeys(keys);
    create.mutate(content, {
      onSuccess: ({ id }) => {
        draft.setSaved(submitted);
        void queryClient.invalidateQueries(trpc.plan.list.pathFilter());
        notify({ title: "Plan created", description: "Share it with the candidate when it's ready." });
        startNavigation(() => router.push(planPath(id) as Route));
      },
    });
  }

  /** `base` is the saved version the edit started from: what a conflict is compared with. */
  function savePlan(id: string, submitted: PlanFormValues, expectedVersion: number, base: PlanFormValues) {
    const { content, keys } = toContent(submitted, timeZone);
    setSubmittedKeys(keys);
    setSavedAt(null);
    update.mutate(
      { planId: id, expectedVersion, ...content },
      {
        onSuccess: async (result) => {
          setVersion(result.version);
          const latest = await fetchLatest(id).catch(() => null);
          const saved = latest?.version === result.version ? latest : null;
          draft.setValues((v) => withServerIds(v, keys, saved));
          draft.setSaved(withServerIds(submitted, keys, saved));
          setSavedAt({ at: new Date(), rescheduled: result.rescheduled });
          void planChanged();
          notify({ title: "Changes saved", description: result.rescheduled ? "We emailed the candidate the new time." : undefined });
        },
        onError: async (error) => {
          if (error.data?.code !== "CONFLICT") return;
          try {
            const latest = await fetchLatest(id);
            const latestValues = valuesFromPlan(latest);
            setConflict({
              latest: latestValues,
              latestVersion: latest.version,
              changes: changedFields(base, submitted, latestValues),
            });
          } catch (failure) {
            notify({ title: "Could not load the latest version", description: (failure as Error).message, tone: "error" });
          }
        },
      },
    );
  }

  return {
    version,
    savedAt,
    submittedKeys,
    conflict,
    failure: create.error ?? update.error,
    pending: create.isPending || update.isPending || navigating,
    submit() {
      if (planId) savePlan(planId, draft.values, version, draft.saved);
      else createPlan(draft.values);
    },
    /** My changes since the version I started from, on top of the colleague's version, saved at once. */
    reapply() {
      if (!conflict || !planId) return;
      const merged = reapplyChanges(draft.saved, draft.values, conflict.latest);
      draft.setSaved(conflict.latest);
      draft.setValues(merged);
      setVersion(conflict.latestVersion);
      setConflict(null);
      savePlan(planId, merged, conflict.latestVersion, conflict.latest);
    },
    /** Drops my draft for the colleague's version. */
    discard() {
      if (!conflict) return;
      draft.setSaved(conflict.latest);
      draft.setValues(conflict.latest);
      setVersion(conflict.latestVersion);
      setConflict(null);
      update.reset();
    },
  };
}
