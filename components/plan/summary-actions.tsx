"use client";

import { useViewerTimeZone } from "@/components/time";
import { Button, buttonClasses } from "@/components/ui/button";
import { SUMMARY_ZONE_PARAM } from "@/server/rules/summary";

/**
 * The plan's summary to keep: the reader's own PDF (its route, from
 * server/rules/summary.ts summaryPathFor, dated on the browser's clock once
 * it is known) and printing the page, which the print stylesheet turns into
 * the same summary without the site's controls. Neither is printed itself.
 */
export function SummaryActions({ href }: { href: string }) {
  const zone = useViewerTimeZone();
  const url = zone ? `${href}?${SUMMARY_ZONE_PARAM}=${encodeURIComponent(zone)}` : href;
  return (
    <div role="group" aria-label="Keep a summary of this plan" className="flex flex-wrap gap-2 print:hidden">
      <a href={url} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
        Download summary (PDF)
      </a>
      <Button variant="secondary" size="sm" onClick={() => window.print()}>
        Print
      </Button>
    </div>
  );
}
