import { z } from "zod";
import { LIMITS } from "@/server/rules/limits";

/**
 * Field schemas shared by procedures and forms, so the browser and the server
 * give the same message for the same mistake.
 */
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

/**
 * Half of a surrogate pair (a cut emoji, or a forged request) is not Unicode:
 * PostgreSQL's jsonb refuses it outright and text columns would store U+FFFD instead.
 */
export const BROKEN_CHARACTER_MESSAGE = "This contains a broken character (part of an emoji, for example) that cannot be saved.";
export const isWellFormedText = (value: string) => value.isWellFormed();

/** The checks every text that reaches the database must pass; every text field builder goes through here. */
export const storable = (field: z.ZodString) =>
  field.refine(hasNoNulCharacter, UNSAVEABLE_CHARACTER_MESSAGE).refine(isWellFormedText, BROKEN_CHARACTER_MESSAGE);

/** The largest value of a PostgreSQL `integer` column: versions and positions are stored there. */
export const MAX_INT4 = 2_147_483_647;

/** The version of a row as the reader saw it; anything past what the column holds cannot be a real version. */
export const versionField = z
  .number({ error: "Not a valid version: reload and try again." })
  .int("Not a valid version: reload and try again.")
  .min(1, "Not a valid version: reload and try again.")
  .max(MAX_INT4, "Not a valid version: reload and try again.");

/** How many entries a list returns at most, for lists read a page at a time. */
export const limitField = (max: number, byDefault: number) =>
  z
    .number({ error: "Not a valid number of entries." })
    .int("Not a valid number of entries.")
    .min(1, "Ask for at least one entry.")
    .max(max, `Ask for at most ${max} entries.`)
    .default(byDefault);

/** An instant given by the browser (a "before" cursor): within what PostgreSQL's timestamptz holds. */
export const instantField = z
  .date({ error: "Not a valid date." })
  .min(new Date("1970-01-01T00:00:00Z"), "Not a valid date.")
  .max(new Date("9999-12-31T23:59:59Z"), "Not a valid date.");

/** A search box: trimmed and bounded; the characters a query cannot carry are refused with a message. */
export const searchField = (max: number) =>
  storable(z.string({ error: "Search for some text." }).trim().max(max, `Search for at most ${max} characters.`));

export const personNameField = storable(
  z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(LIMITS.name, `A name has at most ${LIMITS.name} characters.`),
);

export const newPasswordField = z
  .string({ error: "Choose a password." })
  .min(1, { error: "Choose a password.", abort: true })
  .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters.`)
  .max(LIMITS.passwordMax, `Use at most ${LIMITS.passwordMax} characters.`);

/** Confirms a password change; empty for an account that has none yet (it signed in by link). */
export const currentPasswordField = z
  .string({ error: "Enter your current password." })
  .max(LIMITS.passwordMax, "Your current password is not correct.");

/** For sign-in: no strength rules (old passwords must still work), only a sane bound. */
export const passwordField = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(LIMITS.passwordMax, "Email or password is incorrect.");

export const organisationNameField = storable(
  z
    .string({ error: "Enter your organisation's name." })
    .trim()
    .min(1, "Enter your organisation's name.")
    .max(LIMITS.organisationName, `An organisation name has at most ${LIMITS.organisationName} characters.`),
);

export const linkTokenField = z
  .string()
  .min(1, "This link is incomplete.")
  .max(LIMITS.token, "This link is not valid.");

export const idField = z.uuid({ error: "Not a valid id." });

/** A required free-text field: trimmed, bounded, and storable. */
export const requiredText = (label: string, max: number) =>
  storable(
    z
      .string({ error: `Enter ${label}.` })
      .trim()
      .min(1, `Enter ${label}.`)
      .max(max, `Keep ${label} under ${max} characters.`),
  );

/** An optional free-text field; absent means empty. */
export const optionalText = (label: string, max: number) =>
  storable(z.string({ error: `Enter ${label} as text.` }).trim().max(max, `Keep ${label} under ${max} characters.`)).default(
    "",
  );
