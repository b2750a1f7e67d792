import type { ReactNode } from "react";
import { cx } from "./cx";
import { ExternalIcon } from "./icons";
import { textLinkClasses } from "./text-link";

/** Only web addresses become links: anything else someone typed stays text. */
export const isWebLink = (value: string) => /^https?:\/\/\S+$/i.test(value.trim());

/** A link out of the app, opened in a new tab, and saying so to screen readers. */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={cx(textLinkClasses, "break-all", className)}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
      <ExternalIcon className="ml-1 inline size-3.5 align-[-2px]" />
    </a>
  );
}
