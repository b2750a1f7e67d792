import { pgEnum } from "drizzle-orm/pg-core";

/** Shared with Zod schemas so the database and the API accept the same values. */
export const membershipRoles = ["admin", "recruiter"] as const;
export type MembershipRole = (typeof membershipRoles)[number];
export const membershipRole = pgEnum("membership_role", membershipRoles);

export const authTokenPurposes = ["magic_link", "password_reset", "sign_in_handoff"] as const;
export type AuthTokenPurpose = (typeof authTokenPurposes)[number];
export const authTokenPurpose = pgEnum("auth_token_purpose", authTokenPurposes);

export const outboxStatuses = ["pending", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
export const outboxStatus = pgEnum("outbox_status", outboxStatuses);
