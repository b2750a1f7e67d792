/**
 * A tap that lands before React has hydrated the page does nothing, or worse: a radio or checkbox looks chosen
 * while nothing is saved (seconds on a slow phone). This script, inline at the top of the body so it runs
 * before anything can be tapped, holds such taps on controls that act only through React; once the page is
 * hydrated (EarlyTapsReplay, early-taps.tsx, calls `window.__earlyTaps`), it replays the last one (a reader
 * who tapped twice while waiting meant the later one). Links are left alone (they work without React), and so
 * are submit buttons: a form whose fields React tracks would be sent with what React knows, not with what was
 * typed before it hydrated.
 * Rendered by the server only: the browser runs it as it parses the page.
 */
const earlyTapsScript = `(() => {
  const held = 'input[type="checkbox"],input[type="radio"],label,button[type="button"]';
  const taps = [];
  const hold = (event) => {
    const control = event.target instanceof Element && event.target.closest(held);
    if (!control || control.closest("a[href]")) return;
    if (control.tagName === "LABEL" && !(control.control && /^(checkbox|radio)$/.test(control.control.type))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    taps.push(control);
  };
  document.addEventListener("click", hold, true);
  window.__earlyTaps = () => {
    delete window.__earlyTaps;
    document.removeEventListener("click", hold, true);
    const last = taps[taps.length - 1];
    if (last && last.isConnected) last.click();
  };
})();`;

export function EarlyTapsScript({ nonce }: { nonce: string | null }) {
  return <script nonce={nonce ?? undefined} dangerouslySetInnerHTML={{ __html: earlyTapsScript }} />;
}
