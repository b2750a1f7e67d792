/**
 * The page's Content-Security-Policy. Scripts run only with this response's
 * nonce (Next.js puts it on its own scripts when it finds it in the request's
 * CSP header), and 'strict-dynamic' lets those load the chunks they import.
 * Development adds what React's dev tooling and hot reload need.
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Stylesheets are files; the inline <style> tags Next.js writes carry the nonce.
    "style-src": ["'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // style="" attributes (Radix positions its popovers with them) cannot carry a nonce, and cannot run code.
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
