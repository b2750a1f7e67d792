import type { RouterOutputs } from "@/components/api-types";
import { LocalDateTime } from "@/components/time";
import { Alert } from "@/components/ui/alert";
import { SlotLabel } from "./slot-label";

type RecruiterPlan = RouterOutputs["plan"]["get"];

/** While the candidate picks: the times still open, and their request for others when they sent one. */
export function TimeOfferStatus({ plan }: { plan: RecruiterPlan }) {
  const { openSlots, otherTimesRequest } = plan.scheduling;
  return (
    <div className="mt-2 space-y-3" data-section="time-offer">
      <p className="font-medium text-slate-800">
        <span className="sr-only">Meeting time: </span>
        Time to be picked by {plan.candidateName}
      </p>
      {openSlots.length ? (
        <div>
          <p className="text-sm text-slate-600">Times still open:</p>
          <ul aria-label="Times offered" className="mt-1 space-y-2">
            {openSlots.map((slot) => (
              <li key={slot.id} className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm">
                <SlotLabel startsAt={slot.startsAt} endsAt={slot.endsAt} timeZone={plan.timeZone} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-700">None of the times offered is still open: offer new times.</p>
      )}
      {otherTimesRequest && (
        <Alert tone="info" title={`${plan.candidateName} asked for other times`}>
          <p>
            <LocalDateTime date={otherTimesRequest.requestedAt} />
            {otherTimesRequest.message ? <>: “{otherTimesRequest.message}”</> : "."}
          </p>
        </Alert>
      )}
    </div>
  );
}
