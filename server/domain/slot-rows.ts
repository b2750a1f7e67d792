import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meetingSlots } from "@/db/schema";

/** Removes a plan's slots, open and taken: a new offer, or a fixed time typed instead, replaces them all. */
export async function withdrawSlots(tx: Db, planId: string) {
  await tx.delete(meetingSlots).where(eq(meetingSlots.planId, planId));
}
