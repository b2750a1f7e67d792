/**
 * Dates are formatted on the server, in UTC, so the page reads the same on
 * every device and hydration never disagrees about the time zone.
 */
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const dayAndTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatDay(date: Date): string {
  return day.format(date);
}

export function formatDateTime(date: Date): string {
  return `${dayAndTime.format(date)} UTC`;
}

export function roleLabel(role: "admin" | "recruiter"): string {
  return role === "admin" ? "Admin" : "Recruiter";
}
