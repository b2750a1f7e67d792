/**
 * Signs in over HTTP exactly as the sign-in form does (Auth.js credentials:
 * the CSRF token, then the callback), and keeps whatever cookies the server
 * sets. The benchmark never builds a session cookie itself: the cookie's
 * format is the app's business and may change.
 */
export interface SignedIn {
  email: string;
  /** The Cookie header to send. */
  cookie: string;
}

/** name=value pairs from Set-Cookie headers, later ones replacing earlier; cleared cookies dropped. */
function mergeCookies(jar: Map<string, string>, setCookies: string[]) {
  for (const header of setCookies) {
    const [pair, ...attributes] = header.split(";");
    const eq = pair!.indexOf("=");
    if (eq < 0) continue;
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    const cleared = !value || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
    if (cleared) jar.delete(name);
    else jar.set(name, value);
  }
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function signIn(baseUrl: string, email: string, password: string): Promise<SignedIn> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf: ${csrf.status}`);
  mergeCookies(jar, csrf.headers.getSetCookie());
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const before = new Set(jar.keys());
  const response = await fetch(`${baseUrl}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/dashboard` }),
  });
  mergeCookies(jar, response.headers.getSetCookie());
  const location = response.headers.get("location") ?? "";
  const gained = [...jar.keys()].some((name) => !before.has(name) && !/callback-url/.test(name));
  if (response.status >= 400 || /[?&](error|code)=/.test(location) || !gained)
    throw new Error(`sign-in of ${email} failed: ${response.status} → ${location}`);
  return { email, cookie: header(jar) };
}
