import { describe, expect, it } from "vitest";
import { confirmsDeletion, deletionEffectOn } from "@/server/rules/account-deletion";
import { addMonths, anonymisationDueAt, anonymisedEmailFor } from "@/server/rules/retention";

const facts = (role: "admin" | "recruiter", members: number, admins: number) => ({ orgId: "o", orgName: "Acme", role, members, admins });

describe("what deleting an account does to each organisation", () => {
  it("refuses the sole admin of an organisation with other members; takes an organisation with no other member along; else ends the membership", () => {
    expect(deletionEffectOn(facts("admin", 3, 1))).toBe("blocked");
    expect(deletionEffectOn(facts("admin", 3, 2))).toBe("membership_ends");
    expect(deletionEffectOn(facts("recruiter", 3, 1))).toBe("membership_ends");
    expect(deletionEffectOn(facts("admin", 1, 1))).toBe("organisation_deleted");
  });

  it("is confirmed by the account's own address, whatever its case and surrounding spaces", () => {
    expect(confirmsDeletion("  Jordan@Example.com ", "jordan@example.com")).toBe(true);
    expect(confirmsDeletion("jordan@example.org", "jordan@example.com")).toBe(false);
  });
});

describe("the retention calendar", () => {
  it("counts calendar months on UTC's clock, the end of a short month standing for a day it lacks", () => {
    expect(addMonths(new Date("2026-01-31T10:00:00Z"), 1)).toEqual(new Date("2026-02-28T10:00:00Z"));
    expect(addMonths(new Date("2026-03-15T00:00:00Z"), 12)).toEqual(new Date("2027-03-15T00:00:00Z"));
    expect(anonymisationDueAt(new Date("2025-12-02T09:00:00Z"), 12)).toEqual(new Date("2026-12-02T09:00:00Z"));
  });

  it("gives each anonymised plan an address of its own that can never be delivered", () => {
    const id = "6f1c2a64-8a4e-4d5e-9d3c-0b8f1e2a3c4d";
    expect(anonymisedEmailFor(id)).toBe(`former-candidate-${id}@anonymised.invalid`);
  });
});
