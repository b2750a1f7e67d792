import { z } from "zod";

/**
 * Field schemas shared by procedures and forms, so the browser and the server
 * give the same message for the same mistake.
 */
export const LIMITS = {
  name: 100,
  email: 254,
  passwordMin: 10,
  passwordMax: 200,
  organisationName: 120,
  token: 200,
} as const;

export const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .min(1, "Enter an email address.")
  .max(LIMITS.email, `An email address has at most ${LIMITS.email} characters.`)
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }))
  .transform((v) => v.toLowerCase());

/**
 * PostgreSQL text cannot hold the NUL character: let through, it fails the
 * INSERT and the person sees "Something went wrong" instead of this message.
 */
export const UNSAVEABLE_CHARACTER_MESSAGE = "This contains an invisible character that cannot be saved.";
export const hasNoNulCharacter = (value: string) => !value.includes("\u0000");

export const personNameField = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(LIMITS.name, `A name has at most ${LIMITS.name} characters.`)
  .refine(hasNoNulCharacter, UNSAVEABLE_CHARACTER_MESSAGE);

export const newPasswordField = z
  .string({ error: "Choose a password." })
  .min(1, { error: "Choose a password.", abort: true })
  .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters.`)
  .max(LIMITS.passwordMax, `Use at most ${LIMITS.passwordMax} characters.`);

/** For sign-in: no strength rules (old passwords must still work), only a sane bound. */
export const passwordField = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(LIMITS.passwordMax, "Email or password is incorrect.");

export const organisationNameField = z
  .string({ error: "Enter your organisation's name." })
  .trim()
  .min(1, "Enter your organisation's name.")
  .max(LIMITS.organisationName, `An organisation name has at most ${LIMITS.organisationName} characters.`)
  .refine(hasNoNulCharacter, UNSAVEABLE_CHARACTER_MESSAGE);

export const linkTokenField = z
  .string()
  .min(1, "This link is incomplete.")
  .max(LIMITS.token, "This link is not valid.");

export const idField = z.uuid({ error: "Not a valid id." });

/** A required free-text field: trimmed, bounded, and storable. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} under ${max} characters.`)
    .refine(hasNoNulCharacter, UNSAVEABLE_CHARACTER_MESSAGE);

/** An optional free-text field; absent means empty. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${label} under ${max} characters.`)
    .refine(hasNoNulCharacter, UNSAVEABLE_CHARACTER_MESSAGE)
    .default("");
