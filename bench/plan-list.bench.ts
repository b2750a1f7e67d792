import { bench, describe } from "vitest";
import { plans } from "@/db/schema";
import { createOrganisation } from "@/db/seed/factories";
import { listPlansForOrg } from "@/server/domain/plans";
import { testDb } from "@/test/db";

/**
 * The dashboard's query on a large organisation (5,000 plans, among other
 * organisations' plans): the first page, a deep page, a stage filter and a
 * search. The page must not get slower as the organisation grows.
 */
const PLANS = 5_000;
const db = await testDb();
const org = await createOrganisation(db, { name: "Bench Recruiting" });
const stages = ["draft", "shared", "preparing", "debrief", "closed"] as const;
const start = Date.parse("2027-01-01T09:00:00Z");
for (let batch = 0; batch < PLANS; batch += 500)
  await db.insert(plans).values(
    Array.from({ length: 500 }, (_, i) => {
      const n = batch + i;
      const startsAt = new Date(start + n * 3_600_000);
      return {
        orgId: org.id,
        stage: stages[n % stages.length]!,
        roleTitle: `Role ${n % 97}`,
        hiringCompany: `Company ${n % 53}`,
        candidateName: `Candidate ${n}`,
        candidateEmail: `candidate${n}@example.com`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        timeZone: "Europe/London",
        durationMinutes: 60,
        format: "video" as const,
      };
    }),
  );

describe(`plan list, ${PLANS} plans in the organisation`, () => {
  bench("first page", async () => {
    await listPlansForOrg(db, { orgId: org.id, page: 1, pageSize: 20 });
  });
  bench("page 200", async () => {
    await listPlansForOrg(db, { orgId: org.id, page: 200, pageSize: 20 });
  });
  bench("stage filter (preparing)", async () => {
    await listPlansForOrg(db, { orgId: org.id, stages: ["preparing"], page: 1, pageSize: 20 });
  });
  bench("search by candidate name", async () => {
    await listPlansForOrg(db, { orgId: org.id, search: "Candidate 4321", page: 1, pageSize: 20 });
  });
});
