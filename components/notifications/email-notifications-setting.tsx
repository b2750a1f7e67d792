"use client";

import { useMutation } from "@tanstack/react-query";
import { Switch } from "radix-ui";
import { useId, useState } from "react";
import { useTRPC } from "@/components/trpc";
import { cx } from "@/components/ui/cx";

/**
 * The one email preference: plan updates (a step proposed, confirmed or
 * changed, agreement reached, the plan closed…) by email, or only in the app.
 * Invitations, sign-in links and password resets are always sent.
 */
export function EmailNotificationsSetting({ initial }: { initial: boolean }) {
  const trpc = useTRPC();
  const id = useId();
  const [saved, setSaved] = useState(initial);
  const set = useMutation(trpc.account.setNotificationEmails.mutationOptions({ onSuccess: (result) => setSaved(result.enabled) }));
  // Shows the new position at once; a refused change puts the saved one back.
  const enabled = set.isPending ? set.variables.enabled : saved;

  return (
    <div className="space-y-3">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <label htmlFor={id} className="block font-medium text-slate-900">
            Email notifications
          </label>
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
            Email me when something changes on a plan: a next step proposed, confirmed or edited, both sides agreeing, a new
            meeting time, an outcome. Either way you see every update under the bell in the header.
          </p>
        </div>
        <Switch.Root
          id={id}
          checked={enabled}
          disabled={set.isPending}
          aria-describedby={`${id}-hint ${id}-always`}
          onCheckedChange={(checked) => set.mutate({ enabled: checked })}
          className={cx(
            "relative inline-flex h-7 w-12 shrink-0 items-center rounded-full transition-colors disabled:opacity-70",
            enabled ? "bg-brand-600" : "bg-slate-300",
          )}
        >
          <Switch.Thumb
            className={cx("block size-5 rounded-full bg-white shadow transition-transform", enabled ? "translate-x-6" : "translate-x-1")}
          />
        </Switch.Root>
      </div>
      <p id={`${id}-always`} className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">
        Invitations, sign-in links and password resets are always emailed: you need them to get in.
      </p>
      <p role="status" aria-live="polite" className="min-h-5 text-sm">
        {set.isPending ? (
          <span className="text-slate-600">Saving…</span>
        ) : set.isError ? (
          <span role="alert" className="font-medium text-red-700">
            Not saved: {set.error.message}
          </span>
        ) : set.isSuccess ? (
          <span className="text-emerald-700">
            Saved: {set.data.enabled ? "plan updates will be emailed to you." : "plan updates now reach you only in the app."}
          </span>
        ) : (
          <span className="text-slate-600">{enabled ? "On: plan updates are emailed to you." : "Off: plan updates reach you only in the app."}</span>
        )}
      </p>
    </div>
  );
}
