import postgres from "postgres";

/**
 * Databases beside the one a postgres:// URL names, for the runs that make their own (the unit test workers, the
 * e2e run, the migration test, the benchmark): plain Node, so the e2e runner can use it as well as TypeScript.
 */

/** The database a postgres:// URL names. */
export function databaseNameOf(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

/** The same server's URL, naming the database `name` instead. */
export function databaseUrlFor(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

async function asAdmin(serverUrl, work) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Creates `name` empty, dropping what an earlier run left under that name (even with sessions still open). */
export function createFreshDatabase(serverUrl, name) {
  return asAdmin(serverUrl, async (admin) => {
    await admin`drop database if exists ${admin(name)} with (force)`;
    await admin`create database ${admin(name)}`;
    return databaseUrlFor(serverUrl, name);
  });
}

/** Drops `name` if it is there, closing its sessions. */
export function dropDatabase(serverUrl, name) {
  return asAdmin(serverUrl, async (admin) => {
    await admin`drop database if exists ${admin(name)} with (force)`;
  });
}

/** The names of the server's databases. */
export function databaseNames(serverUrl) {
  return asAdmin(serverUrl, async (admin) => (await admin`select datname from pg_database`).map((row) => row.datname));
}
