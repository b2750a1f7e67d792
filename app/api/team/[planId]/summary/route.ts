import { interviewerSummarySource } from "@/server/summary/summary-sources";
import { summaryResponse } from "@/server/summary/summary-response";

/** The plan's summary (PDF) for an invited interviewer. */
export async function GET(req: Request, { params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  return summaryResponse(req, (caller) => interviewerSummarySource(caller, planId));
}
