import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { serverApi } from "@/server/api/server-caller";
import { insightsCsv } from "@/server/domain/insights-csv";
import { periodFromParams } from "@/server/rules/insights-period";

/** The insights page's figures as CSV, through insights.get: the same permission, organisation and period checks. */
export async function GET(req: Request) {
  const period = periodFromParams(new URL(req.url).searchParams, new Date());
  try {
    const insights = await (await serverApi()).insights.get(period);
    return new Response(insightsCsv(insights), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="insights-${insights.period.from}-to-${insights.period.to}.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = getHTTPStatusCodeFromError(error);
      // A bad period says what is wrong with it, not the validator's JSON.
      const message = error.cause instanceof ZodError ? error.cause.issues.map((i) => i.message).join(" ") : error.message;
      if (status < 500) return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
