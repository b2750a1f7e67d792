import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * scrypt (memory-hard, built into Node) at OWASP's minimum cost: N=2^17, r=8,
 * p=1 takes 128 MiB (128·N·r bytes) and ~0.3 s per hash on a 2-core machine.
 */
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
/** Node refuses scrypt above maxmem (32 MiB by default): room for the current cost with headroom. */
const MAX_MEMORY = 256 * 1024 * 1024;

/**
 * One derivation at a time per process. Each holds its 128 MiB outside the V8 heap on a libuv thread, and
 * libuv runs four at once: a burst of sign-ins took 512 MiB at the same moment, more than the rest of the
 * server under load. Queued, a burst costs 128 MiB and waits its turn; on 2 cores parallel hashes were
 * not faster in total anyway.
 */
let previous: Promise<unknown> = Promise.resolve();

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const run = () =>
    new Promise<Buffer>((resolve, reject) => {
      scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...options, maxmem: MAX_MEMORY }, (err, key) =>
        err ? reject(err) : resolve(key),
      );
    });
  const result = previous.then(run, run);
  previous = result.catch(() => undefined);
  return result;
}

/** Format: scrypt$N$r$p$salt$hash, so parameters can be raised without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await derive(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash made with other parameters than today's: rehashed on the next successful sign-in. */
export function hashNeedsUpgrade(stored: string): boolean {
  const [scheme, n, r, p] = stored.split("$");
  return scheme !== "scrypt" || Number(n) !== PARAMS.N || Number(r) !== PARAMS.r || Number(p) !== PARAMS.p;
}

/** A real hash to verify against when the email is unknown, so timing does not reveal which emails exist. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return decoyHash;
}
