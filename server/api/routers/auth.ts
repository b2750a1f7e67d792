import { z } from "zod";
import { requestMagicLink, requestPasswordReset, resetPassword, signUpRecruiter } from "@/server/domain/accounts";
import { throttle } from "@/server/domain/rate-limit";
import {
  emailField,
  linkTokenField,
  organisationNameField,
  personNameField,
} from "../fields";
import { newPasswordServerField } from "../new-password-field";
import { createTRPCRouter, publicProcedure } from "../trpc";

const ok = z.object({ ok: z.literal(true) });

/** Who may call: anyone, signed in or not. These are the ways in. */
export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(
      z.object({
        name: personNameField,
        email: emailField,
        password: newPasswordServerField,
        organisationName: organisationNameField,
      }),
    )
    .output(z.object({ userId: z.uuid(), organisationId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      await throttle(ctx.db, "sign-up", { email: input.email, ip: ctx.ip });
      const { user, organisation } = await signUpRecruiter(ctx.db, input);
      return { userId: user.id, organisationId: organisation.id };
    }),

  requestMagicLink: publicProcedure
    .input(z.object({ email: emailField }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await requestMagicLink(ctx.db, { email: input.email, ip: ctx.ip });
      return { ok: true as const };
    }),

  requestPasswordReset: publicProcedure
    .input(z.object({ email: emailField }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await requestPasswordReset(ctx.db, { email: input.email, ip: ctx.ip });
      return { ok: true as const };
    }),

  resetPassword: publicProcedure
    .input(z.object({ token: linkTokenField, password: newPasswordServerField }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await throttle(ctx.db, "reset-password", { ip: ctx.ip });
      await resetPassword(ctx.db, input);
      return { ok: true as const };
    }),
});
