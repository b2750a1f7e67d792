import { z } from "zod";
import { membershipRoles } from "@/server/rules/enums";
import {
  changeMemberRole,
  inviteRecruiter,
  listMembers,
  listPendingInvitations,
  removeMember,
  revokeInvitation,
} from "@/server/domain/organisations";
import { organisationSettings, updateOrganisationSettings } from "@/server/domain/organisation-settings";
import { CUTOFF_LIMITS } from "@/server/rules/scheduling";
import { emailField, idField } from "../fields";
import { createTRPCRouter, orgAdminProcedure, recruiterProcedureWith } from "../trpc";

const role = z.enum(membershipRoles, { error: "Choose admin or recruiter." });
const ok = z.object({ ok: z.literal(true) });

const settingsOutput = z.object({ candidateChangeCutoffHours: z.number().int() });

/** Who may call: members of the organisation in context; changes need the admin role. */
export const organisationRouter = createTRPCRouter({
  /** Any member reads the settings; only admins change them (organisation.configure). */
  settings: recruiterProcedureWith("members.view")
    .output(settingsOutput)
    .query(({ ctx }) => organisationSettings(ctx.db, ctx.membership.orgId)),

  updateSettings: recruiterProcedureWith("organisation.configure")
    .input(
      z.object({
        candidateChangeCutoffHours: z
          .number({ error: "Enter the cut-off in hours." })
          .int("Enter the cut-off in whole hours.")
          .min(CUTOFF_LIMITS.minHours, "The cut-off cannot be negative.")
          .max(CUTOFF_LIMITS.maxHours, `Keep the cut-off at most ${CUTOFF_LIMITS.maxHours} hours (two weeks).`),
      }),
    )
    .output(settingsOutput)
    .mutation(({ ctx, input }) => updateOrganisationSettings(ctx.db, ctx.membership.orgId, input)),

  members: recruiterProcedureWith("members.view")
    .output(
      z.object({
        organisation: z.object({ id: z.uuid(), name: z.string(), myRole: role }),
        members: z.array(
          z.object({
            membershipId: z.uuid(),
            userId: z.uuid(),
            name: z.string(),
            email: z.string(),
            role,
            joinedAt: z.date(),
          }),
        ),
      }),
    )
    .query(async ({ ctx }) => ({
      organisation: { id: ctx.membership.orgId, name: ctx.membership.orgName, myRole: ctx.membership.role },
      members: await listMembers(ctx.db, ctx.membership.orgId),
    })),

  invitations: orgAdminProcedure
    .output(
      z.array(z.object({ id: z.uuid(), email: z.string(), role, expiresAt: z.date(), createdAt: z.date() })),
    )
    .query(({ ctx }) => listPendingInvitations(ctx.db, ctx.membership.orgId)),

  invite: orgAdminProcedure
    .input(z.object({ email: emailField, role: role.default("recruiter") }))
    .output(z.object({ id: z.uuid(), email: z.string(), role, expiresAt: z.date() }))
    .mutation(({ ctx, input }) =>
      inviteRecruiter(ctx.db, { orgId: ctx.membership.orgId, inviterId: ctx.session.user.id, ...input }),
    ),

  revokeInvitation: orgAdminProcedure
    .input(z.object({ invitationId: idField }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await revokeInvitation(ctx.db, { orgId: ctx.membership.orgId, invitationId: input.invitationId });
      return { ok: true as const };
    }),

  removeMember: orgAdminProcedure
    .input(z.object({ membershipId: idField }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await removeMember(ctx.db, { orgId: ctx.membership.orgId, membershipId: input.membershipId });
      return { ok: true as const };
    }),

  changeRole: orgAdminProcedure
    .input(z.object({ membershipId: idField, role }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await changeMemberRole(ctx.db, { orgId: ctx.membership.orgId, ...input });
      return { ok: true as const };
    }),
});
