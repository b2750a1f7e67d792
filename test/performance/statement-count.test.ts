import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { countStatements } from "@/db/statement-count";
import { testDb } from "@/test/db";

describe("countStatements", () => {
  it("counts the statements sent inside the call, and only those", async () => {
    const db = await testDb();
    await db.execute(sql`select 1`);
    const { result, statements } = await countStatements(async () => {
      await db.execute(sql`select 1`);
      const [a, b] = await Promise.all([db.execute(sql`select 2 as n`), db.execute(sql`select 3 as n`)]);
      return [a, b].length;
    });
    expect(result).toBe(2);
    expect(statements).toHaveLength(3);
    expect(statements[0]).toBe("select 1");
  });
});
