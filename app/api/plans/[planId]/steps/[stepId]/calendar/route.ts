import { serverApi } from "@/server/api/server-caller";
import { icsResponse } from "@/server/calendar/ics-response";

/** A next step's due date as an all-day .ics, for either side of the plan. */
export async function GET(_req: Request, { params }: { params: Promise<{ planId: string; stepId: string }> }) {
  const { planId, stepId } = await params;
  return icsResponse(async () => (await serverApi()).nextStep.calendar({ planId, stepId }));
}
