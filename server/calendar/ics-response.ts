import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

/**
 * Serves a calendar file produced by a tRPC procedure, so the download obeys
 * exactly the same authorization as the page. Failures become plain HTTP codes.
 */
export async function icsResponse(produce: () => Promise<{ filename: string; ics: string }>): Promise<Response> {
  try {
    const { filename, ics } = await produce();
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = getHTTPStatusCodeFromError(error);
      if (status < 500) return new Response(error.message, { status });
    }
    throw error;
  }
}
