/**
 * One signed-in person over plain HTTP: a cookie jar, the app's tRPC wire format (superjson envelope,
 * same-origin header on mutations) and Auth.js's own sign-in endpoints. Cookies are only ever stored and
 * sent back as the server set them, never made up: their format is the server's business.
 */

export interface Answer {
  status: number;
  ms: number;
  body: string;
  /** The request never got an answer (connection refused or reset, or the client's own time limit). */
  networkError?: string;
}

export class TrpcFailure extends Error {
  constructor(
    readonly path: string,
    readonly answer: Answer,
  ) {
    super(`${path}: ${answer.networkError ?? `HTTP ${answer.status}`} ${answer.body.slice(0, 300)}`);
  }
}

/** Longer than any answer the checks accept, so a slow answer is measured instead of cut short. */
const CLIENT_TIMEOUT_MS = 15_000;

export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly label: string,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Answer> {
    const started = performance.now();
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        ...init,
        headers,
        redirect: "manual",
        signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
      });
      this.keepCookies(response.headers.getSetCookie());
      const body = await response.text();
      return { status: response.status, ms: performance.now() - started, body };
    } catch (error) {
      return { status: 0, ms: performance.now() - started, body: "", networkError: error instanceof Error ? error.message : String(error) };
    }
  }

  query(path: string, input: unknown): Promise<Answer> {
    return this.request(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  }

  mutation(path: string, input: unknown): Promise<Answer> {
    return this.request(`/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.baseUrl },
      body: JSON.stringify({ json: input }),
    });
  }

  /** A query or mutation whose answer the caller needs: fails loudly otherwise (set-up only). */
  async call<T>(kind: "query" | "mutation", path: string, input: unknown): Promise<T> {
    const answer = kind === "query" ? await this.query(path, input) : await this.mutation(path, input);
    const data = trpcData<T>(answer);
    if (data === undefined) throw new TrpcFailure(path, answer);
    return data;
  }

  /** Auth.js's credentials sign-in, as next-auth/react's signIn sends it. */
  async signIn(provider: "password" | "link", credentials: Record<string, string>): Promise<void> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const answer = await this.request(`/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
      body: new URLSearchParams({ ...credentials, csrfToken, callbackUrl: `${this.baseUrl}/` }),
    });
    const url = answer.status === 200 ? (JSON.parse(answer.body) as { url?: string }).url : undefined;
    if (!url || new URL(url).searchParams.has("error")) throw new Error(`${this.label}: sign-in refused: ${answer.status} ${answer.body.slice(0, 300)}`);
  }

  private keepCookies(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The data of a successful tRPC answer, or undefined for any failure. */
export function trpcData<T>(answer: Answer): T | undefined {
  if (answer.status !== 200) return undefined;
  try {
    const body = JSON.parse(answer.body) as { result?: { data?: { json?: T } } };
    return body.result?.data?.json;
  } catch {
    return undefined;
  }
}
