// CourseFunctions course widget: live schedule, calendar subscription, slide search and course
// information for a static course page. One dependency-free ES module; no build step.
//   <script type="module" src="https://<app>/web/course-widget.js"></script>
//   <course-schedule api="https://<app>/api" course="iasd2025"></course-schedule>
export const VERSION = "0.1.0";

const STYLE = `
:host { display: block; font: inherit; color: inherit;
  --cf-accent: var(--global-theme-color, #2563eb); --cf-muted: color-mix(in srgb, currentColor 60%, transparent);
  --cf-border: color-mix(in srgb, currentColor 20%, transparent); --cf-cancelled: #b91c1c; }
@media (prefers-color-scheme: dark) { :host { --cf-cancelled: #f87171; } }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .4em .6em; border-bottom: 1px solid var(--cf-border); }
a { color: var(--cf-accent); }
ul { margin: 0; padding-left: 1.1em; }
.muted, .status { color: var(--cf-muted); }
.cancelled td { text-decoration: line-through; color: var(--cf-cancelled); }
.cancelled td:last-child { text-decoration: none; }
.cancelled .badge { text-decoration: none; display: inline-block; font-weight: 600; }
.error { border: 1px solid var(--cf-cancelled); padding: .5em .8em; border-radius: .3em; }
input { font: inherit; padding: .3em .5em; width: min(100%, 24em); }
mark { background: color-mix(in srgb, var(--cf-accent) 25%, transparent); color: inherit; }
`;

const escape = (text) => String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** Base of the four elements: reads api and course, fetches JSON, renders into a shadow root. */
class CourseElement extends HTMLElement {
  static observedAttributes = ["api", "course"];
  constructor() {
    super();
    this.attachShadow({ mode: "open" }).innerHTML = `<style>${STYLE}</style><div part="body" aria-busy="true"><p class="status">Loading…</p></div>`;
  }
  get body() { return this.shadowRoot.querySelector("[part=body]"); }
  get api() { return (this.getAttribute("api") ?? "").replace(/\/$/, ""); }
  get course() { return encodeURIComponent(this.getAttribute("course") ?? ""); }
  connectedCallback() { this.load(); }
  attributeChangedCallback() { if (this.isConnected) this.load(); }

  /** Fetches with a timeout; the browser's HTTP cache revalidates with the API's ETags. */
  async fetchJson(path, timeoutMs = 8000) {
    const response = await fetch(`${this.api}${path}`, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error((await response.json().catch(() => null))?.detail ?? `HTTP ${response.status}`);
    return response.json();
  }

  async load() {
    try {
      this.render(await this.fetchData());
    } catch (error) {
      // Keep whatever static content the page had: the message goes in the element only.
      this.body.innerHTML = `<p class="error" role="alert">The live course data could not be loaded (${escape(error.message)}). The rest of this page is unaffected.</p>`;
    } finally {
      this.body.removeAttribute("aria-busy");
    }
  }
}

const materialLink = (m) => `<a href="${escape(m.url)}">${escape(m.title)}</a>${m.pageCount ? ` <span class="muted">(${m.pageCount} pages)</span>` : ""}`;
const dayLabel = (date) => new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

/** <course-schedule>: the schedule table as the course page shows it, live. */
class CourseSchedule extends CourseElement {
  fetchData() { return this.fetchJson(`/courses/${this.course}/schedule`); }
  render(schedule) {
    const rows = schedule.sessions.map((s) => {
      const cancelled = s.status === "cancelled";
      const topics = s.topics.length ? `<ul>${s.topics.map((t) => `<li>${escape(t)}</li>`).join("")}</ul>` : `<span class="muted">${cancelled ? "" : "Topics to be announced"}</span>`;
      const note = s.note ? ` <span class="badge">${escape(s.note)}</span>` : cancelled ? ` <span class="badge">Cancelled</span>` : "";
      const materials = s.materials.length ? `<ul>${s.materials.map((m) => `<li>${materialLink(m)}</li>`).join("")}</ul>` : "";
      return `<tr class="${cancelled ? "cancelled" : ""}" part="row"><th scope="row">${escape(dayLabel(s.date))}</th><td>${topics}${note}</td><td>${materials}</td>` +
        `<td><a href="${escape(s.links.calendarEvent)}" aria-label="Add the session of ${escape(dayLabel(s.date))} to your calendar">Add to calendar</a></td></tr>`;
    }).join("");
    this.body.innerHTML = `<table part="table"><caption class="muted">Times in ${escape(schedule.timeZone)}</caption>` +
      `<thead><tr><th scope="col">Date</th><th scope="col">Lecture topic</th><th scope="col">Materials</th><th scope="col"><span class="muted">Calendar</span></th></tr></thead><tbody>${rows}</tbody></table>`;
  }
}

/** <course-subscribe>: webcal:// link, https feed URL to copy, and Google Calendar's add-by-URL. */
class CourseSubscribe extends CourseElement {
  fetchData() { return this.fetchJson(`/courses/${this.course}`); }
  render(course) {
    const { calendar, calendarWebcal } = course.links;
    const google = `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(calendarWebcal)}`;
    this.body.innerHTML = `<p><a href="${escape(calendarWebcal)}" part="subscribe">Subscribe in your calendar app</a> · <a href="${escape(google)}">Add to Google Calendar</a></p>` +
      `<p><label>Feed URL <input readonly value="${escape(calendar)}" part="feed-url"></label> <button type="button" part="copy">Copy</button></p>`;
    this.body.querySelector("button").addEventListener("click", () => navigator.clipboard?.writeText(calendar));
  }
}

/** <course-info>: instructors, class times, location and literature. */
class CourseInfo extends CourseElement {
  fetchData() { return this.fetchJson(`/courses/${this.course}`); }
  render(c) {
    const people = c.instructors.map((i) => i.email ? `${escape(i.name)} (<a href="mailto:${escape(i.email)}">${escape(i.email)}</a>)` : escape(i.name)).join(", ");
    const times = c.classTimes.map((t) => `${t.day[0].toUpperCase()}${t.day.slice(1)}s, ${t.start}–${t.end}`).join("; ");
    const books = c.literature.map((l) => `<li>${l.url ? `<a href="${escape(l.url)}">${escape(l.title)}</a>` : escape(l.title)}${l.authors.length ? `, ${escape(l.authors.join(", "))}` : ""}</li>`).join("");
    this.body.innerHTML = `<ul part="facts"><li><strong>Instructor</strong>: ${people}</li><li><strong>Semester</strong>: ${escape(c.semester)}</li>` +
      `<li><strong>Class times</strong>: ${escape(times)} (${escape(c.timeZone)})</li><li><strong>Location</strong>: ${escape(c.location)}</li></ul>` +
      (books ? `<h3>Recommended literature</h3><ul part="literature">${books}</ul>` : "");
  }
}

/** <course-search>: a search box over the slides; hits link to the PDF at their page. */
class CourseSearch extends CourseElement {
  async fetchData() { return null; }
  render() {
    this.body.innerHTML = `<form role="search" part="form"><label>Search the slides <input type="search" name="q" required maxlength="200" part="input"></label> <button part="button">Search</button></form>` +
      `<div aria-live="polite" part="results"></div>`;
    const form = this.body.querySelector("form");
    const results = this.body.querySelector("[aria-live]");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const query = new FormData(form).get("q");
      try {
        const data = await this.fetchJson(`/courses/${this.course}/search?q=${encodeURIComponent(query)}`);
        results.innerHTML = data.hits.length
          ? `<ol>${data.hits.map((h) => `<li><a href="${escape(h.url)}">${escape(h.title)}, page ${h.page}</a><br><span>${highlight(h)}</span></li>`).join("")}</ol>`
          : `<p>No slide mentions “${escape(query)}”.</p>`;
      } catch (error) {
        results.innerHTML = `<p class="error" role="alert">Search is unavailable (${escape(error.message)}).</p>`;
      }
    });
  }
}

/** The snippet with its matching words marked, from the API's UTF-16 offsets. */
function highlight(hit) {
  let html = "", at = 0;
  for (const { start, length } of hit.highlights) {
    html += escape(hit.snippet.slice(at, start)) + `<mark>${escape(hit.snippet.slice(start, start + length))}</mark>`;
    at = start + length;
  }
  return html + escape(hit.snippet.slice(at));
}

for (const [name, element] of [["course-schedule", CourseSchedule], ["course-subscribe", CourseSubscribe], ["course-info", CourseInfo], ["course-search", CourseSearch]])
  if (!customElements.get(name)) customElements.define(name, element);
