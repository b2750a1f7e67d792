import { serverApi } from "@/server/api/server-caller";
import { icsResponse } from "@/server/calendar/ics-response";

/** The meeting's .ics for the organisation's side. */
export async function GET(_req: Request, { params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  return icsResponse(async () => (await serverApi()).plan.calendar({ planId }));
}
