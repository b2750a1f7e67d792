import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meetingSlots, plans } from "@/db/schema";
import { offerSlots, type SlotFields } from "@/server/domain/slot-offers";
import { utcToZonedLocal } from "@/server/rules/time-zones";

/** Wall-clock starts on the meeting's clock, `days` from now at 10:00, 14:00 and 16:30. */
export function futureSlots(timeZone: string, days = 10): SlotFields[] {
  const day = utcToZonedLocal(new Date(Date.now() + days * 86_400_000), timeZone).slice(0, 10);
  return [
    { startsAtLocal: `${day}T10:00`, durationMinutes: 60 },
    { startsAtLocal: `${day}T14:00`, durationMinutes: 45 },
    { startsAtLocal: `${day}T16:30`, durationMinutes: 90 },
  ];
}

export async function planRow(db: Db, planId: string) {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  return plan!;
}

export async function slotsOfPlan(db: Db, planId: string) {
  return db.select().from(meetingSlots).where(eq(meetingSlots.planId, planId)).orderBy(asc(meetingSlots.startsAt));
}

/** Offers the plan three future slots as its organisation would, and returns them. */
export async function offerThreeSlots(db: Db, input: { orgId: string; planId: string; actorId: string }) {
  const plan = await planRow(db, input.planId);
  await offerSlots(db, { ...input, expectedVersion: plan.version, slots: futureSlots(plan.timeZone) });
  return slotsOfPlan(db, input.planId);
}
