import { z } from "zod";
import { requestMagicLink, requestPasswordReset, resetPassword, signUpRecruiter } from "@/server/domain/accounts";
import {
  emailField,
  linkTokenField,
  newPasswordField,
  organisationNameField,
  personNameField,
} from "../fields";
import { createTRPCRouter, publicProcedure } from "../trpc";

const ok = z.object({ ok: z.literal(true) });

/** Who may call: anyone, signed in or not. These are the ways in. */
export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(
      z.object({
        name: personNameField,
        email: emailField,
        password: newPasswordField,
        organisationName: organisationNameField,
      }),
    )
    .output(z.object({ userId: z.uuid(), organisationId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
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
    .input(z.object({ token: linkTokenField, password: newPasswordField }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx.db, input);
      return { ok: true as const };
    }),
});
