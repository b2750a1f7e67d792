import type { ChartBar } from "./insights-charts";

/** The numbers a chart draws, as a table: what screen readers and the CSV read. */
export function CountTable({ caption, bars, unit = "Plans" }: { caption: string; bars: ChartBar[]; unit?: string }) {
  return (
    <table className="mt-3 w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className="py-1.5 font-medium">
            {caption}
          </th>
          <th scope="col" className="py-1.5 text-right font-medium">
            {unit}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.label} className="border-b border-slate-100 last:border-0">
            <th scope="row" className="py-1.5 text-left font-normal text-slate-800">
              {b.label}
            </th>
            <td className="py-1.5 text-right font-medium text-slate-900 tabular-nums">{b.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
