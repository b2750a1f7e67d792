import "server-only";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { createRequestContext } from "@/server/api/context";
import { createCaller } from "@/server/api/root";
import { planSummaryOf, type SummarySource } from "@/server/domain/plan-summary";
import { SUMMARY_ZONE_PARAM } from "@/server/rules/summary";
import { isValidTimeZone } from "@/server/rules/time-zones";
import { renderSummaryPdf } from "./summary-pdf";

type Caller = ReturnType<typeof createCaller>;

/**
 * Serves one reader's summary as a PDF. `read` asks the reader's own plan page
 * procedure, so the file obeys exactly the page's authorization and views; a
 * refusal becomes its plain HTTP code (401, 403, 404, 400), never a 500. A
 * signed-out browser following the emailed link is sent to sign in and back.
 */
export async function summaryResponse(request: Request, read: (caller: Caller) => Promise<SummarySource>): Promise<Response> {
  const url = new URL(request.url);
  const zone = url.searchParams.get(SUMMARY_ZONE_PARAM);
  const readerZone = zone && isValidTimeZone(zone) ? zone : null;
  let source: SummarySource;
  try {
    source = await read(createCaller(await createRequestContext({ headers: request.headers })));
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = getHTTPStatusCodeFromError(error);
      if (status === 401 && request.headers.get("accept")?.includes("text/html"))
        return new Response(null, { status: 303, headers: { Location: `/sign-in?callbackUrl=${encodeURIComponent(url.pathname)}` } });
      if (status < 500) return new Response(error.message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
  const summary = planSummaryOf(source, readerZone);
  const pdf = await renderSummaryPdf(summary);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${summary.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
