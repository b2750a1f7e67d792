import type { Db } from "@/db/client";

/**
 * The test database behind a fault switch: once armed, the next `count` UPDATEs fail as they would with
 * the server gone (the connection refused), then statements reach the real database again. It stands for
 * an outage at an exact moment (right after an SMTP acceptance) that stopping a real server cannot hit.
 */
export function withFailingUpdates(db: Db) {
  let remaining = 0;
  let failed = 0;
  const faulty = new Proxy(db, {
    get(target, property) {
      if (property === "update" && remaining > 0)
        return () => {
          remaining--;
          failed++;
          throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    db: faulty,
    failNextUpdates(count: number) {
      remaining = count;
    },
    recover() {
      remaining = 0;
    },
    get failedUpdates() {
      return failed;
    },
  };
}
