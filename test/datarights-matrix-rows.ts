import { uniqueEmail } from "@/db/seed/factories";
import type { InputOf, ProcedurePath, Row } from "./matrix-types";

type DataRightsPath = Extract<ProcedurePath, `dataRights.${string}`>;

/** Anyone signed in, about their own account. */
const ownAccount = {
  signedOut: "UNAUTHORIZED",
  candidate: "ok",
  recruiter: "ok",
  admin: "ok",
  otherOrgRecruiter: "ok",
  removedMember: "ok",
  interviewer: "ok",
} as const;

/** Admins only; otherOrgRecruiter acts on their own organisation, where they are the admin. */
const adminsOnly = {
  signedOut: "UNAUTHORIZED",
  candidate: "FORBIDDEN",
  recruiter: "FORBIDDEN",
  admin: "ok",
  otherOrgRecruiter: "ok",
  removedMember: "FORBIDDEN",
  interviewer: "FORBIDDEN",
} as const;

/** The candidate's data rights (server/api/routers/data-rights.ts). */
export const dataRightsRows: { [P in DataRightsPath]: Row<InputOf<P>> } = {
  "dataRights.export": { input: () => undefined, expect: ownAccount },
  "dataRights.deletionPreview": { input: () => undefined, expect: ownAccount },
  // Each actor deletes their own account, in the matrix's order: by the admin's turn the recruiter has gone,
  // so the admin is the organisation's last member and it goes with them (server/rules/account-deletion.ts).
  "dataRights.deleteAccount": {
    input: (f) => ({ confirmEmail: f.actors[f.actor].user?.email ?? uniqueEmail("signed-out") }),
    expect: ownAccount,
  },
  "dataRights.retention": {
    input: () => undefined,
    expect: { ...adminsOnly, recruiter: "ok" },
  },
  "dataRights.setRetention": { input: () => ({ retentionMonths: 18 }), expect: adminsOnly },
  "dataRights.previewErasure": { input: () => ({ email: uniqueEmail("erase") }), expect: adminsOnly },
  "dataRights.erase": { input: () => ({ email: uniqueEmail("erase"), expectedPlans: 0 }), expect: adminsOnly },
};
