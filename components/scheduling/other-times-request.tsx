"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { RouterOutputs } from "@/components/api-types";
import { formErrors } from "@/components/form-errors";
import { LocalDateTime } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { Alert } from "@/components/ui/alert";
import { SLOT_LIMITS } from "@/server/rules/scheduling";
import { useSchedulingChanged } from "./use-scheduling-changed";

type Request = RouterOutputs["interview"]["get"]["scheduling"]["otherTimesRequest"];

export interface OtherTimesRequestProps {
  planId: string;
  organisationName: string;
  /** The candidate's request already sent, if any. */
  request: Request;
}

/** None of the times suit: a message to the organisation, who offers others (it replaces an earlier one). */
export function OtherTimesRequest({ planId, organisationName, request }: OtherTimesRequestProps) {
  const trpc = useTRPC();
  const changed = useSchedulingChanged(planId);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const ask = useMutation(trpc.scheduling.requestOtherTimes.mutationOptions());
  const errors = formErrors(ask.error, ["message"]);

  return (
    <div className="mt-4 border-t border-brand-100 pt-4">
      {request && (
        <Alert tone="info" title="You asked for other times">
          <p>
            Sent <LocalDateTime date={request.requestedAt} />
            {request.message ? <>: “{request.message}”</> : "."} {organisationName} will offer new times here.
          </p>
        </Alert>
      )}
      {!open ? (
        <Button variant="secondary" className="mt-3" onClick={() => setOpen(true)}>
          {request ? "Send another message" : "None of these work? Ask for other times"}
        </Button>
      ) : (
        <form
          className="mt-3 space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            ask.mutate(
              { planId, message },
              {
                onSuccess: async () => {
                  await changed();
                  setOpen(false);
                  setMessage("");
                },
              },
            );
          }}
        >
          <TextArea
            label="Which times would suit you?"
            hint={`Optional. ${organisationName} reads this and offers new times.`}
            name="message"
            value={message}
            maxLength={SLOT_LIMITS.otherTimesMessage}
            onChange={(e) => setMessage(e.target.value)}
            error={errors.fields.message}
          />
          {errors.form && <Alert>{errors.form}</Alert>}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" pending={ask.isPending} pendingLabel="Sending…">
              Ask for other times
            </Button>
            <Button variant="ghost" disabled={ask.isPending} onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
