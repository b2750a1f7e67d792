import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { organisations, users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { hasNoNulCharacter, LIMITS, UNSAVEABLE_CHARACTER_MESSAGE } from "@/server/api/fields";
import { verifyPassword } from "@/server/auth/password";
import { DUPLICATE_EMAIL_MESSAGE } from "@/server/domain/accounts";
import { testDb } from "./db";
import { failureOf } from "./trpc-errors";
import { callerFor, signIn, TEST_PASSWORD } from "./users";

function validSignUp() {
  return {
    name: "Ada Lovelace",
    email: uniqueEmail("signup"),
    password: TEST_PASSWORD,
    organisationName: `Analytical Engines ${randomUUID()}`,
  };
}

describe("auth.signUp", () => {
  it("creates the organisation with the new user as its admin", async () => {
    const db = await testDb();
    const input = validSignUp();
    const result = await callerFor(db, null).auth.signUp(input);

    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user).toMatchObject({ name: input.name, email: input.email });
    expect(await verifyPassword(TEST_PASSWORD, user!.passwordHash!)).toBe(true);

    const me = await callerFor(db, await signIn(db, result.userId)).account.me();
    expect(me.memberships).toEqual([
      { orgId: result.organisationId, orgName: input.organisationName, role: "admin" },
    ]);
    expect(me.activeOrgId).toBe(result.organisationId);
  });

  it("stores the email lower-cased and trimmed", async () => {
    const db = await testDb();
    const input = validSignUp();
    const { userId } = await callerFor(db, null).auth.signUp({ ...input, email: `  ${input.email.toUpperCase()} ` });
    const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
    expect(user?.email).toBe(input.email);
  });

  it("refuses an email that already has an account, on the email field", async () => {
    const db = await testDb();
    const first = validSignUp();
    await callerFor(db, null).auth.signUp(first);
    const second = { ...validSignUp(), email: first.email };

    const failure = await failureOf(callerFor(db, null).auth.signUp(second));
    expect(failure).toEqual({
      code: "CONFLICT",
      message: DUPLICATE_EMAIL_MESSAGE,
      fieldErrors: { email: [DUPLICATE_EMAIL_MESSAGE] },
    });
    expect(await organisationsNamed(db, second.organisationName)).toBe(0);
  });

  it("refuses the same email in different case", async () => {
    const db = await testDb();
    const first = validSignUp();
    await callerFor(db, null).auth.signUp(first);
    const shouting = { ...validSignUp(), email: first.email.toUpperCase() };

    const failure = await failureOf(callerFor(db, null).auth.signUp(shouting));
    expect(failure.code).toBe("CONFLICT");
    expect(failure.fieldErrors).toEqual({ email: [DUPLICATE_EMAIL_MESSAGE] });
    expect(await usersWithEmail(db, first.email)).toBe(1);
  });

  const tooLong = (n: number) => "x".repeat(n + 1);
  const badInputs: { case: string; change: Partial<ReturnType<typeof validSignUp>>; field: string; message: string }[] = [
    { case: "empty name", change: { name: "" }, field: "name", message: "Enter your name." },
    { case: "blank name", change: { name: "   " }, field: "name", message: "Enter your name." },
    {
      case: "name too long",
      change: { name: tooLong(LIMITS.name) },
      field: "name",
      message: `A name has at most ${LIMITS.name} characters.`,
    },
    // PostgreSQL cannot store NUL: without this check the insert fails as a server error.
    { case: "NUL in name", change: { name: "Ada\u0000" }, field: "name", message: UNSAVEABLE_CHARACTER_MESSAGE },
    { case: "empty email", change: { email: "" }, field: "email", message: "Enter an email address." },
    {
      case: "email too long",
      change: { email: `${"a".repeat(LIMITS.email)}@example.com` },
      field: "email",
      message: `An email address has at most ${LIMITS.email} characters.`,
    },
    {
      case: "malformed email",
      change: { email: "ada.example.com" },
      field: "email",
      message: "Enter a valid email address, like name@example.com.",
    },
    { case: "empty password", change: { password: "" }, field: "password", message: "Choose a password." },
    { case: "short password", change: { password: "short" }, field: "password", message: "Use at least 10 characters." },
    {
      case: "password too long",
      change: { password: tooLong(LIMITS.passwordMax) },
      field: "password",
      message: `Use at most ${LIMITS.passwordMax} characters.`,
    },
    {
      case: "empty organisation name",
      change: { organisationName: "" },
      field: "organisationName",
      message: "Enter your organisation's name.",
    },
    {
      case: "organisation name too long",
      change: { organisationName: tooLong(LIMITS.organisationName) },
      field: "organisationName",
      message: `An organisation name has at most ${LIMITS.organisationName} characters.`,
    },
    {
      case: "NUL in organisation name",
      change: { organisationName: "Engines\u0000 Ltd" },
      field: "organisationName",
      message: UNSAVEABLE_CHARACTER_MESSAGE,
    },
  ];

  it.each(badInputs)("$case: BAD_REQUEST with the message on $field, and nothing written", async (bad) => {
    const db = await testDb();
    const input = { ...validSignUp(), ...bad.change };

    const failure = await failureOf(callerFor(db, null).auth.signUp(input));
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.fieldErrors?.[bad.field]).toEqual([bad.message]);

    // The other fields are valid and unique to this test, so any write would be found by them.
    expect(await usersWithEmail(db, input.email.trim().toLowerCase())).toBe(0);
    // PostgreSQL cannot even compare a value containing NUL, nor could it have stored one.
    if (hasNoNulCharacter(input.organisationName))
      expect(await organisationsNamed(db, input.organisationName)).toBe(0);
  });

  it("names every wrong field at once", async () => {
    const db = await testDb();
    const failure = await failureOf(
      callerFor(db, null).auth.signUp({ name: "", email: "nope", password: "short", organisationName: "" }),
    );
    expect(failure.code).toBe("BAD_REQUEST");
    expect(Object.keys(failure.fieldErrors ?? {}).sort()).toEqual(["email", "name", "organisationName", "password"]);
  });
});

async function usersWithEmail(db: Db, email: string) {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.email, email));
  return row!.n;
}

async function organisationsNamed(db: Db, name: string) {
  const [row] = await db.select({ n: count() }).from(organisations).where(eq(organisations.name, name));
  return row!.n;
}
