import ICAL from "ical.js";
import { expect } from "vitest";

/**
 * A calendar as ical.js (an independent RFC 5545 implementation) reads it. Only the time zones the
 * calendar itself defines are registered, as a calendar app would have them: a DTSTART naming a zone
 * the file lacks would fall back to floating time and show up as a wrong instant.
 */
export function parseCalendar(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const vtimezone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const events = root.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]!);
  const person = (property: ICAL.Property) => ({
    address: String(property.getFirstValue()).replace(/^mailto:/i, "").toLowerCase(),
    name: property.getParameter("cn") ?? null,
    role: property.getParameter("role") ?? null,
    partstat: property.getParameter("partstat") ?? null,
    rsvp: property.getParameter("rsvp") ?? null,
  });
  const organizer = event.component.getFirstProperty("organizer");
  return {
    method: root.getFirstPropertyValue("method"),
    timeZones: root.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
    event,
    uid: event.uid,
    sequence: event.sequence,
    status: event.component.getFirstPropertyValue("status"),
    /** Where the event begins, as an instant (through the file's own VTIMEZONE). */
    startsAt: event.startDate.toJSDate().toISOString(),
    endsAt: event.endDate.toJSDate().toISOString(),
    /** The zone the start is written in ("Z" for UTC, null for floating). */
    startZone: event.startDate.zone?.tzid ?? null,
    organizer: organizer ? person(organizer) : null,
    attendees: event.component.getAllProperties("attendee").map(person),
  };
}
