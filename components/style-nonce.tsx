"use client";

/**
 * Radix's scroll lock (react-style-singleton, under every modal menu and dialog)
 * adds <style> tags at run time, which the page's CSP allows only with its nonce;
 * that library takes the nonce from `__webpack_nonce__`. Only the first value
 * counts: it came with the document, whose policy holds for the page's whole
 * life, while each later navigation or refresh renders this with a new nonce.
 */
export function StyleNonce({ nonce }: { nonce: string | null }) {
  if (typeof window !== "undefined" && nonce) (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ ??= nonce;
  return null;
}
