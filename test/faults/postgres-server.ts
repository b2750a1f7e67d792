import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A PostgreSQL server of the run's own, in a temporary folder on its own port: the faults stop and kill it,
 * which must never happen to the machine's shared server. PostgreSQL refuses to run as root, so under root
 * its commands run as the `postgres` system user, in a folder that user owns.
 */
export class PostgresServer {
  readonly url: string;
  private readonly root: string;
  private readonly dataDir: string;
  private readonly bin: string;

  constructor(private readonly port: number, pgBin: string) {
    this.bin = pgBin || defaultPgBin();
    this.root = mkdtempSync(path.join(tmpdir(), "faults-pg-"));
    this.dataDir = path.join(this.root, "data");
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  async init(): Promise<void> {
    if (isRoot()) chownSync(this.root, postgresUid(), postgresGid());
    await this.run("initdb", ["-D", this.dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  }

  start(): Promise<void> {
    return this.run("pg_ctl", ["-D", this.dataDir, "-o", this.serverOptions(), "-l", this.logFile, "-w", "-t", "60", "start"]);
  }

  /** `fast` ends sessions cleanly; `immediate` kills the server as a crash would (recovery on the next start). */
  stop(mode: "fast" | "immediate"): Promise<void> {
    return this.run("pg_ctl", ["-D", this.dataDir, "-m", mode, "-w", "stop"]);
  }

  restart(mode: "fast" | "immediate"): Promise<void> {
    return this.run("pg_ctl", ["-D", this.dataDir, "-m", mode, "-o", this.serverOptions(), "-l", this.logFile, "-w", "-t", "60", "restart"]);
  }

  get logFile(): string {
    return path.join(this.root, "server.log");
  }

  /**
   * fsync off: the run checks what the app acknowledged against what the server kept across restarts of its
   * process, not across a power cut, and a synced disk would only slow the run down.
   */
  private serverOptions(): string {
    return `-p ${this.port} -k ${this.root} -c listen_addresses=127.0.0.1 -c fsync=off`;
  }

  async destroy(): Promise<void> {
    if (existsSync(path.join(this.dataDir, "postmaster.pid"))) await this.stop("immediate").catch(() => {});
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Asynchronous: the load and the health watch go on while pg_ctl waits for the server. */
  private async run(tool: string, args: string[]): Promise<void> {
    const binary = path.join(this.bin, tool);
    const [command, commandArgs] = isRoot() ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
    await execFileAsync(command, commandArgs, { cwd: this.root });
  }
}

const execFileAsync = promisify(execFile);

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function idOf(flag: "-u" | "-g"): number {
  return Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
}
const postgresUid = () => idOf("-u");
const postgresGid = () => idOf("-g");

/** Debian keeps each major version's binaries apart: the newest installed one. */
function defaultPgBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error("no PostgreSQL binaries under /usr/lib/postgresql: set FAULTS_PG_BIN");
  return path.join(root, versions[0]!, "bin");
}
