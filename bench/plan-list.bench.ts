import { sql } from "drizzle-orm";
import { bench, describe } from "vitest";
import type { Db } from "@/db/client";
import { createOrganisation } from "@/db/seed/factories";
import { listPlansForOrg, type PlanListFilter } from "@/server/domain/plan-list";
import { insertPlans } from "@/test/bulk-plans";
import { testDb } from "@/test/db";

/**
 * The dashboard's query in a small and a large organisation (side by side in one
 * database): the first page, a page deep in the list (reached by its cursor), a
 * stage filter and two searches. Keyset pages, the capped count and the trigram
 * indexes should keep the large organisation's times close to the small one's.
 */
const SIZES = [1_000, 10_000];
const PAGE_SIZE = 20;
const stages = ["draft", "shared", "preparing", "debrief", "closed"] as const;
const start = new Date("2027-01-01T09:00:00Z");
const db = await testDb();
const FIRST = ["Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Dennis", "Ken", "Frances", "Edsger"];
const LAST = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Ritchie", "Thompson", "Okafor", "Dijkstra"];

async function organisationOf(size: number) {
  const org = await createOrganisation(db, { name: `Bench Recruiting ${size}` });
  await insertPlans(db, org.id, size, start, (n) => ({
    stage: stages[n % stages.length]!,
    roleTitle: `Role ${n % 97}`,
    hiringCompany: `Company ${n % 53}`,
    candidateName: `${FIRST[n % 10]} ${LAST[Math.floor(n / 10) % 10]} ${n}`,
  }));
  return org.id;
}

/** The cursor of the page `pages` pages in, walked to once, as a reader following Next would. */
async function cursorAt(database: Db, filter: PlanListFilter, pages: number) {
  let cursor: string | undefined;
  for (let i = 0; i < pages; i++) cursor = (await listPlansForOrg(database, { ...filter, cursor })).nextCursor ?? undefined;
  return cursor;
}

const orgIds: string[] = [];
for (const size of SIZES) orgIds.push(await organisationOf(size));
// PostgreSQL's autovacuum would have analysed the table by now; PGlite has none, and without statistics the
// planner reads the whole organisation through a bitmap and sorts it.
await db.execute(sql`analyze plans`);

for (const [index, size] of SIZES.entries()) {
  const orgId = orgIds[index]!;
  const all: PlanListFilter = { orgId, pageSize: PAGE_SIZE };
  const deep = await cursorAt(db, all, Math.floor(size / PAGE_SIZE) - 1);

  describe(`plan list, ${size} plans in the organisation`, () => {
    bench("first page", async () => {
      await listPlansForOrg(db, all);
    });
    bench("last page, by its cursor", async () => {
      await listPlansForOrg(db, { ...all, cursor: deep });
    });
    bench("stage filter (preparing)", async () => {
      await listPlansForOrg(db, { ...all, stages: ["preparing"] });
    });
    bench("search, a few matches (candidate name)", async () => {
      await listPlansForOrg(db, { ...all, search: "Okafor 43" });
    });
    bench("search, a surname (a tenth of the plans)", async () => {
      await listPlansForOrg(db, { ...all, search: "Okafor" });
    });
    bench("search, many matches (company)", async () => {
      await listPlansForOrg(db, { ...all, search: "Company 7" });
    });
  });
}
