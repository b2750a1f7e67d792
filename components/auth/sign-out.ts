/**
 * Signs out through Auth.js's own endpoints (its CSRF token, then POST /api/auth/signout), which end the session row
 * and clear the cookie, then loads the sign-in page afresh so nothing of the old session stays in memory. The same
 * requests next-auth/react's signOut makes, without that module in every signed-in page's script.
 */
export async function signOut(callbackUrl = "/sign-in"): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    // Asks for the redirect as JSON instead of following it.
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}
