/** What the dashboard says about how many plans there are: plan.list counts exactly only up to a cap. */
const number = new Intl.NumberFormat("en-GB");

export interface ListCount {
  total: number;
  /** There are more than `total`: the server stopped counting there. */
  totalCapped: boolean;
}

export function countLabel({ total, totalCapped }: ListCount, filtered: boolean): string {
  const plans = totalCapped ? `More than ${number.format(total)} plans` : `${number.format(total)} ${total === 1 ? "plan" : "plans"}`;
  return filtered ? `${plans} found` : plans;
}

/** "Showing 21–40 of 1,234", or "of more than 1,000" past the cap. */
export function rangeLabel({ total, totalCapped }: ListCount, offset: number, shown: number): string {
  const of = totalCapped ? `more than ${number.format(total)}` : number.format(total);
  const first = number.format(offset + 1);
  return shown > 1 ? `Showing ${first}–${number.format(offset + shown)} of ${of}` : `Showing ${first} of ${of}`;
}
