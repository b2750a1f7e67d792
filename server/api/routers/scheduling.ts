import { z } from "zod";
import { offerSlots, pickSlot, requestOtherTimes } from "@/server/domain/slot-offers";
import { changeMeetingTime } from "@/server/domain/candidate-time-changes";
import { candidateTimeChangeIntents, CUTOFF_LIMITS, SLOT_LIMITS } from "@/server/rules/scheduling";
import { idField, optionalText, versionField } from "../fields";
import { createTRPCRouter, planMemberProcedure, recruiterProcedureWith } from "../trpc";
import { durationField, startsAtLocalField } from "./plan-schemas";

const slotsInput = z
  .array(z.object({ startsAtLocal: startsAtLocalField, durationMinutes: durationField }), {
    error: "Offer the times as a list.",
  })
  .min(SLOT_LIMITS.min, `Offer at least ${SLOT_LIMITS.min} times for the candidate to choose from.`)
  .max(SLOT_LIMITS.max, `Offer at most ${SLOT_LIMITS.max} times.`)
  .superRefine((slots, ctx) => {
    const seen = new Set<string>();
    slots.forEach((slot, i) => {
      if (seen.has(slot.startsAtLocal))
        ctx.addIssue({ code: "custom", path: [i, "startsAtLocal"], message: "This start time is offered twice: offer each time once." });
      seen.add(slot.startsAtLocal);
    });
  });

/**
 * Self-scheduling. Who may call:
 * - `offer`: recruiters of the plan's organisation (plans.edit); any other plan is NOT_FOUND.
 * - `pick`, `requestOtherTimes`, `changeTime`: the plan's candidate only; to everyone else the plan does not exist (NOT_FOUND).
 * What each side may do now is in the plan views' `schedulingAllowed`.
 */
export const schedulingRouter = createTRPCRouter({
  offer: recruiterProcedureWith("plans.edit")
    .input(z.object({ planId: idField, expectedVersion: versionField, slots: slotsInput }))
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      offerSlots(ctx.db, { orgId: ctx.membership.orgId, actorId: ctx.session.user.id, ...input }),
    ),

  pick: planMemberProcedure
    .input(z.object({ slotId: idField }))
    .output(z.object({ startsAt: z.date(), endsAt: z.date(), version: z.number().int() }))
    .mutation(({ ctx, input }) => pickSlot(ctx.db, ctx.actor, input.slotId)),

  requestOtherTimes: planMemberProcedure
    .input(z.object({ message: optionalText("your message", SLOT_LIMITS.otherTimesMessage) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await requestOtherTimes(ctx.db, ctx.actor, input.message);
      return { ok: true as const };
    }),

  /** Up to the organisation's cut-off: a picked time goes back to picking, a fixed one becomes a request to the organisation. */
  changeTime: planMemberProcedure
    .input(
      z.object({
        intent: z.enum(candidateTimeChangeIntents, { error: "Choose whether to change or cancel the time." }),
        message: optionalText("your message", CUTOFF_LIMITS.changeMessage),
      }),
    )
    .output(z.object({ reopened: z.boolean() }))
    .mutation(({ ctx, input }) => changeMeetingTime(ctx.db, ctx.actor, input)),
});
