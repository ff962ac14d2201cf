// Parses an iCalendar feed from stdin with ical.js, the parser Thunderbird uses, and prints its events
// as JSON with times in UTC. ical.js is strict: one bad property or parameter throws.
import ICAL from "ical.js";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const root = new ICAL.Component(ICAL.parse(Buffer.concat(chunks).toString("utf8")));

for (const zone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);

const utc = (time) => (time ? time.toJSDate().toISOString() : null);
const events = root.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    location: event.location,
    status: component.getFirstPropertyValue("status"),
    sequence: event.sequence,
    start: utc(event.startDate),
    end: utc(event.endDate),
    tzid: component.getFirstProperty("dtstart").getParameter("tzid") ?? null,
  };
});
const calendar = {
  name: root.getFirstPropertyValue("x-wr-calname"),
  method: root.getFirstPropertyValue("method"),
  timezones: root.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid")),
  events,
};
process.stdout.write(JSON.stringify(calendar));
