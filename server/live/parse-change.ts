import { z } from "zod";
import { planParts, type LiveChange } from "@/server/rules/live";

const liveChangeSchema = z.discriminatedUnion("scope", [
  z.strictObject({
    scope: z.literal("plan"),
    planId: z.uuid(),
    orgId: z.uuid(),
    parts: z.array(z.enum(planParts)).max(planParts.length),
  }),
  z.strictObject({ scope: z.literal("user"), userId: z.uuid() }),
]);

/**
 * A NOTIFY payload as a LiveChange, or null for anything else: anyone with
 * database access can NOTIFY on the channel, and a stray payload must neither
 * crash the listener nor reach a subscriber.
 */
export function parseLiveChange(payload: string): LiveChange | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = liveChangeSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
