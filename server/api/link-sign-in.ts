import { z } from "zod";

/** What a join or invitation link answers about signing in (see signInAfterLink). */
export const linkSignInOutput = z.union([
  z.object({ token: z.string() }),
  z.object({ required: z.literal(true), email: z.string() }),
]);
