import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { serverApi } from "@/server/api/server-caller";

/**
 * Everything Second Round holds about the signed-in user, as a JSON file:
 * dataRights.export answers it, so the download obeys the same session check
 * as every call. Signed out: 401, no file.
 */
export async function GET() {
  try {
    const data = await (await serverApi()).dataRights.export();
    const day = data.exportedAt.toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="second-round-data-${day}.json"`,
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
