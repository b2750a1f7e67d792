import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "@/db/client";
import { isConnectionFailure } from "@/db/reachability";
import { activeMembershipOf, type ActiveSession } from "@/server/auth/sessions";
import { AppError } from "@/server/domain/errors";
import { resolvePlanActor } from "@/server/domain/plan-access";
import { can, type Permission } from "@/server/rules/permissions";
import { planRightRefusal, planRoleMay, type PlanRight } from "@/server/rules/plan-roles";
import { logger } from "@/server/logger";
import { wireCodec } from "@/server/rules/wire-codec";

/**
 * The inner context is everything a procedure may use. HTTP requests build it
 * from cookies (see context.ts); tests build it directly with a real session.
 */
export interface InnerContext {
  db: Db;
  session: ActiveSession | null;
  /** The organisation the browser last chose; only trusted after the membership check. */
  preferredOrgId?: string | null;
  requestId: string;
  ip: string;
  /** Response headers, so a procedure can set a cookie; absent when called in-process. */
  resHeaders?: Headers;
}

export function createInnerContext(ctx: Partial<InnerContext> & { db: Db }): InnerContext {
  return { session: null, requestId: "in-process", ip: "in-process", ...ctx };
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a moment.";
export const UNAVAILABLE_MESSAGE = "Second Round is briefly unavailable. Please try again in a moment.";

/**
 * A database out of reach is no fault of the request and no bug to look up by reference: 503, which tells the
 * browser and any balancer to try again. Rethrows anything else as it was.
 */
export function rethrowUnreachable(error: unknown): never {
  throw isConnectionFailure(error) ? unavailable(error) : error;
}

const unavailable = (cause: unknown) => new TRPCError({ code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE_MESSAGE, cause });

/**
 * Messages per field, keyed by the field's path: "email" for a top-level
 * field, "meeting.roleTitle" or "interviewers.1.profileUrl" for a nested one,
 * so a form can put each message next to the right input. (z.flattenError
 * keeps only the first key, which would file every nested message under
 * "meeting" or "interviewers".) Issues about the input as a whole have no field.
 */
export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (!issue.path.length) continue;
    (fieldErrors[issue.path.map(String).join(".")] ??= []).push(issue.message);
  }
  return fieldErrors;
}

const t = initTRPC.context<InnerContext>().create({
  // Inputs come from anyone: superjson reads them, with the hardening the fuzz test holds it to. Answers go out
  // through the browser's own codec (wire-codec.ts), which writes the same form in half superjson's time.
  transformer: { input: superjson, output: wireCodec },
  // Live subscriptions over SSE: a ping keeps proxies from closing a quiet stream, and a client that
  // hears nothing (not even a ping) for a while assumes the connection is dead and opens a new one.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
  errorFormatter({ shape, error, ctx }) {
    const isInternal = error.code === "INTERNAL_SERVER_ERROR";
    const zodError = error.cause instanceof ZodError ? { fieldErrors: fieldErrorsOf(error.cause) } : null;
    const field = error.cause instanceof AppError ? error.cause.field : undefined;
    return {
      ...shape,
      message: isInternal
        ? `${GENERIC_ERROR_MESSAGE} (reference ${ctx?.requestId ?? "unknown"})`
        : zodError
          ? "Please check the highlighted fields."
          : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zodError?.fieldErrors ?? (field ? { [field]: [shape.message] } : undefined),
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/** Domain code throws AppError; this turns it into the matching tRPC error and logs the unexpected. */
const errorMapping = t.middleware(async ({ ctx, next, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      result.error = new TRPCError({ code: cause.code, message: cause.message, cause });
    } else if (isConnectionFailure(cause)) {
      logger.warn({ requestId: ctx.requestId, path, type }, "procedure failed: database unreachable");
      result.error = unavailable(cause);
    } else if (result.error.code === "INTERNAL_SERVER_ERROR") {
      logger.error({ err: result.error.cause ?? result.error, requestId: ctx.requestId, path, type }, "procedure failed");
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);

/** Any signed-in user. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * A signed-in member of an organisation. Memberships come from this request's
 * session check (read with the session row, in the same statement), so
 * removing someone or changing a role takes effect on the next request.
 */
export const recruiterProcedure = protectedProcedure.use(({ ctx, next }) => {
  const membership = activeMembershipOf(ctx.session, ctx.preferredOrgId);
  if (!membership)
    throw new TRPCError({ code: "FORBIDDEN", message: "Only recruiters of an organisation can do this." });
  // Plans and emails go out in the organisation's name: not from an address nobody has proven.
  if (!ctx.session.emailVerified)
    throw new TRPCError({ code: "FORBIDDEN", message: "Confirm your email address first: follow the link we emailed you." });
  return next({ ctx: { ...ctx, membership } });
});

/** Builds a recruiter procedure that also requires a permission, and names it when refused. */
export function recruiterProcedureWith(permission: Permission) {
  return recruiterProcedure.use(({ ctx, next }) => {
    if (!can(ctx.membership.role, permission))
      throw new TRPCError({ code: "FORBIDDEN", message: `Only organisation admins can do this (${permission}).` });
    return next();
  });
}

export const orgAdminProcedure = recruiterProcedureWith("members.manage");

/**
 * A signed-in user acting as a candidate. Anyone can be one (a recruiter may
 * also be interviewing elsewhere): what they see is limited to plans they
 * were invited to, by the procedures themselves.
 */
export const candidateProcedure = protectedProcedure;

/**
 * Either side of one plan: the organisation's members, its invited
 * interviewers or the invited candidate. Resolves which side the caller is on
 * and in what role; anyone else gets NOT_FOUND.
 */
export const planMemberProcedure = protectedProcedure
  .input(z.object({ planId: z.uuid({ error: "Not a valid id." }) }))
  .use(async ({ ctx, input, next }) => {
    const actor = await resolvePlanActor(ctx.db, ctx.session.user.id, input.planId);
    return next({ ctx: { ...ctx, actor } });
  });

/** Either side of one plan, in a role that has this right (server/rules/plan-roles.ts); another role is refused, saying who may. */
export function planMemberProcedureFor(right: PlanRight) {
  return planMemberProcedure.use(({ ctx, next }) => {
    if (!planRoleMay(ctx.actor.role, right)) throw new TRPCError({ code: "FORBIDDEN", message: planRightRefusal(right) });
    return next();
  });
}
