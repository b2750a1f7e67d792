import { z } from "zod";
import {
  requestMagicLink,
  requestPasswordReset,
  requestVerificationLink,
  resetPassword,
  signUpRecruiter,
} from "@/server/domain/accounts";
import { confirmEmail, declineRegistration, describeEmailVerification } from "@/server/domain/email-verification";
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
const tokenInput = z.object({ token: linkTokenField });

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
    // The same answer for a new address and a registered one: only the email that follows differs.
    .output(z.object({ email: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await throttle(ctx.db, "sign-up", { email: input.email, ip: ctx.ip });
      return signUpRecruiter(ctx.db, input);
    }),

  resendVerification: publicProcedure
    .input(z.object({ email: emailField }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await requestVerificationLink(ctx.db, { email: input.email, ip: ctx.ip });
      return { ok: true as const };
    }),

  /** Reads the link without spending it: the page shows what is being confirmed before anyone presses a button. */
  describeVerification: publicProcedure
    .input(tokenInput)
    .output(
      z.discriminatedUnion("state", [
        z.object({
          state: z.literal("valid"),
          name: z.string(),
          email: z.string(),
          organisations: z.array(z.string()),
          createdAt: z.date(),
        }),
        z.object({ state: z.literal("invalid") }),
      ]),
    )
    .query(({ ctx, input }) => describeEmailVerification(ctx.db, input.token)),

  confirmEmail: publicProcedure
    .input(tokenInput)
    .output(z.object({ signInToken: z.string() }))
    .mutation(({ ctx, input }) => confirmEmail(ctx.db, input.token)),

  declineRegistration: publicProcedure
    .input(tokenInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await declineRegistration(ctx.db, input.token);
      return { ok: true as const };
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
