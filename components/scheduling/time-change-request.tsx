import { LocalDateTime } from "@/components/time";
import { Alert } from "@/components/ui/alert";

export interface TimeChangeRequestProps {
  candidateName: string;
  request: { message: string; requestedAt: Date };
}

/** The candidate asked for another time for a set meeting: the recruiter sets one (edit the plan) or offers times to pick. */
export function TimeChangeRequest({ candidateName, request }: TimeChangeRequestProps) {
  return (
    <Alert tone="info" title={`${candidateName} asked to change or cancel the time`} className="mt-3">
      <p>
        <LocalDateTime date={request.requestedAt} />
        {request.message ? <>: “{request.message}”</> : "."} Set a new time by editing the plan, or let them pick from times you offer.
      </p>
    </Alert>
  );
}
