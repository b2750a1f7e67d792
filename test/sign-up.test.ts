import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { memberships, organisations, sessions, users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { hasNoNulCharacter, UNSAVEABLE_CHARACTER_MESSAGE } from "@/server/api/fields";
import { LIMITS } from "@/server/rules/limits";
import { verifyPassword } from "@/server/auth/password";
import { testDb } from "./db";
import { emailsTo } from "./emails";
import { failureOf } from "./trpc-errors";
import { callerFor, createTestUser, TEST_PASSWORD } from "./users";

function validSignUp() {
  return {
    name: "Ada Lovelace",
    email: uniqueEmail("signup"),
    password: TEST_PASSWORD,
    organisationName: `Analytical Engines ${randomUUID()}`,
  };
}

describe("auth.signUp", () => {
  it("creates the organisation with the new user as its admin, unverified, and emails a confirmation link", async () => {
    const db = await testDb();
    const input = validSignUp();
    const result = await callerFor(db, null).auth.signUp(input);
    expect(result).toEqual({ email: input.email });

    const [user] = await db.select().from(users).where(eq(users.email, input.email));
    expect(user).toMatchObject({ name: input.name, email: input.email, emailVerified: null });
    expect(await verifyPassword(TEST_PASSWORD, user!.passwordHash!)).toBe(true);
    const orgs = await db
      .select({ name: organisations.name, role: memberships.role })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.orgId))
      .where(eq(memberships.userId, user!.id));
    expect(orgs).toEqual([{ name: input.organisationName, role: "admin" }]);
    // Signed in nowhere: the only way in is the emailed link.
    expect(await db.select().from(sessions).where(eq(sessions.userId, user!.id))).toEqual([]);
    const [email] = await emailsTo(db, input.email, "email_verification");
    expect(email?.textBody).toContain(input.organisationName);
    expect(email?.textBody).toContain("/verify-email?token=");
  });

  it("stores the email lower-cased and trimmed", async () => {
    const db = await testDb();
    const input = validSignUp();
    const result = await callerFor(db, null).auth.signUp({ ...input, email: `  ${input.email.toUpperCase()} ` });
    expect(result).toEqual({ email: input.email });
    expect(await usersWithEmail(db, input.email)).toBe(1);
  });

  it("answers an address that already has an account exactly like a new one, and tells its owner by email", async () => {
    const db = await testDb();
    const owner = await createTestUser(db, { name: "Original Owner" });
    const fresh = validSignUp();
    const second = { ...validSignUp(), email: owner.email };

    const answers = [await callerFor(db, null).auth.signUp(fresh), await callerFor(db, null).auth.signUp(second)];
    expect(answers).toEqual([{ email: fresh.email }, { email: owner.email }]);

    expect(await organisationsNamed(db, second.organisationName)).toBe(0);
    expect(await usersWithEmail(db, owner.email)).toBe(1);
    const [account] = await db.select().from(users).where(eq(users.id, owner.id));
    expect(account).toMatchObject({ name: "Original Owner", passwordHash: owner.passwordHash });
    const told = await emailsTo(db, owner.email);
    expect(told.map((e) => e.kind)).toEqual(["account_exists"]);
    expect(told[0]!.textBody).toContain("/sign-in");
    expect(told[0]!.textBody).toContain("/forgot-password");
  });

  it("treats the same email in different case as the same address", async () => {
    const db = await testDb();
    const owner = await createTestUser(db);
    const shouting = { ...validSignUp(), email: owner.email.toUpperCase() };

    expect(await callerFor(db, null).auth.signUp(shouting)).toEqual({ email: owner.email });
    expect(await usersWithEmail(db, owner.email)).toBe(1);
    expect((await emailsTo(db, owner.email, "account_exists")).length).toBe(1);
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
