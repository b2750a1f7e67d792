import type { Route } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { FieldError } from "@/components/ui/field-parts";
import { PERIOD_PRESETS, type InsightsPeriod } from "@/server/rules/insights-period";

interface PeriodPickerProps {
  period: InsightsPeriod;
  /** The preset the period is, if any. */
  preset: number | null;
  /** The server's refusal of the period, by field. */
  errors: { from?: string; to?: string };
}

const dateClasses = "mt-1 block rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm sm:text-sm";

/** Presets as links, and two dates sent as the address's query (?from=&to=): the page reads the period from there. */
export function PeriodPicker({ period, preset, errors }: PeriodPickerProps) {
  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:items-end lg:justify-between">
      <nav aria-label="Preset periods">
        <ul className="flex flex-wrap gap-2">
          {PERIOD_PRESETS.map((days) => (
            <li key={days}>
              <Link
                href={`/insights?days=${days}` as Route}
                aria-current={preset === days ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm font-medium",
                  preset === days ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
                )}
              >
                Last {days} days
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/insights" className="flex flex-wrap items-end gap-3" aria-label="Choose the period">
        <div>
          <label htmlFor="period-from" className="text-sm font-medium text-slate-800">
            From
          </label>
          <input
            id="period-from"
            type="date"
            name="from"
            defaultValue={period.from}
            aria-invalid={errors.from ? true : undefined}
            aria-describedby={errors.from ? "period-from-error" : undefined}
            className={cx(dateClasses, errors.from ? "border-red-600" : "border-slate-300")}
          />
        </div>
        <div>
          <label htmlFor="period-to" className="text-sm font-medium text-slate-800">
            To
          </label>
          <input
            id="period-to"
            type="date"
            name="to"
            defaultValue={period.to}
            aria-invalid={errors.to ? true : undefined}
            aria-describedby={errors.to ? "period-to-error" : undefined}
            className={cx(dateClasses, errors.to ? "border-red-600" : "border-slate-300")}
          />
        </div>
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Show
        </button>
        <div className="basis-full space-y-1">
          <FieldError id="period-from" error={errors.from} />
          <FieldError id="period-to" error={errors.to} />
        </div>
      </form>
    </div>
  );
}
