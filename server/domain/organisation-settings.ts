import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations } from "@/db/schema";
import { notFound } from "./errors";

/** The organisation's settings its members read (and its admins change on the organisation page). */
export async function organisationSettings(db: Db, orgId: string) {
  const [org] = await db
    .select({ candidateChangeCutoffHours: organisations.candidateChangeCutoffHours })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if (!org) throw notFound("Organisation");
  return org;
}

/** A new cut-off applies at once to every plan of the organisation: it is read whenever a candidate asks. */
export async function updateOrganisationSettings(db: Db, orgId: string, settings: { candidateChangeCutoffHours: number }) {
  const [org] = await db
    .update(organisations)
    .set({ candidateChangeCutoffHours: settings.candidateChangeCutoffHours })
    .where(eq(organisations.id, orgId))
    .returning({ candidateChangeCutoffHours: organisations.candidateChangeCutoffHours });
  if (!org) throw notFound("Organisation");
  return org;
}
