import { organisationSummarySource } from "@/server/summary/summary-sources";
import { summaryResponse } from "@/server/summary/summary-response";

/** The plan's summary (PDF) for the organisation's members. */
export async function GET(req: Request, { params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  return summaryResponse(req, (caller) => organisationSummarySource(caller, planId));
}
