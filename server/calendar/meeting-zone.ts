import type { ICalLuxonDateTimeStub } from "ical-generator";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";
import { isValidTimeZone, utcToZonedLocal } from "@/server/rules/time-zones";

/**
 * The meeting's zone as a calendar names it: the VTIMEZONE block (current IANA rules as yearly RRULEs,
 * which every calendar app reads) and the TZID that block declares, which can differ from the name
 * asked for (an alias such as "UTC" comes back as "Etc/UTC"). Null for a zone the library lacks:
 * that meeting is then written in UTC, still the right instant, only without its zone.
 */
export function calendarZone(zone: string): { tzid: string; vtimezone: string } | null {
  // Asked only for names it has: for any other it logs to the console.
  if (!knownZones().has(zone)) return null;
  const found = tzlib_get_ical_block(zone);
  const vtimezone = Array.isArray(found) ? found[0] : undefined;
  const tzid = vtimezone && /^TZID:(.+)$/m.exec(vtimezone)?.[1]?.trim();
  // The event's clock is read from Intl under that TZID, so Intl must know it too.
  return tzid && isValidTimeZone(tzid) ? { tzid, vtimezone } : null;
}

let zones: Set<string> | undefined;
function knownZones(): Set<string> {
  if (!zones) {
    const list = tzlib_get_timezones();
    zones = new Set(Array.isArray(list) ? list : []);
  }
  return zones;
}

/**
 * An instant that ical-generator writes on a named zone's wall clock (`DTSTART;TZID=…:20270328T100000`).
 * Handed a native Date with a zone, it would write the server process's own clock under that TZID,
 * so the meeting would move with the server's TZ; through its Luxon interface it asks for the zone's clock.
 */
export function onZoneClock(instant: Date, zone = "UTC"): ICalLuxonDateTimeStub {
  const wall = utcToZonedLocal(instant, zone);
  const seconds = String(instant.getUTCSeconds()).padStart(2, "0");
  return {
    isValid: true,
    zone: { type: "iana" },
    setZone: (next = "UTC") => onZoneClock(instant, next),
    toFormat(format) {
      if (format === "yyyyLLdd") return wall.slice(0, 10).replaceAll("-", "");
      if (format === "HHmmss") return wall.slice(11, 13) + wall.slice(14, 16) + seconds;
      throw new RangeError(`onZoneClock: unexpected format ${format}`);
    },
    toJSDate: () => instant,
    toJSON: () => instant.toISOString(),
  };
}
