// CourseFunctions course widget: live schedule, calendar subscription, slide search, recent changes
// and course information for a static course page. One dependency-free ES module; no build step.
//   <script type="module" src="https://<app>/api/course-widget.js"></script>
//   <course-schedule api="https://<app>/api" course="iasd2025"></course-schedule>
// Whatever the page puts inside an element (its static table, say) shows until the live data arrives,
// and stays if the API cannot be reached.
export const VERSION = "0.3.0";

const STYLE = `
:host { display: block; font: inherit; color: inherit;
  --cf-accent: var(--global-theme-color, #2563eb); --cf-muted: color-mix(in srgb, currentColor 60%, transparent);
  --cf-border: color-mix(in srgb, currentColor 20%, transparent); --cf-cancelled: #b91c1c; }
@media (prefers-color-scheme: dark) { :host { --cf-accent: var(--global-theme-color, #93c5fd); --cf-cancelled: #fca5a5; } }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .4em .6em; border-bottom: 1px solid var(--cf-border); }
a { color: var(--cf-accent); }
ul { margin: 0; padding-left: 1.1em; }
.muted, .status { color: var(--cf-muted); }
.cancelled .topics { text-decoration: line-through; }
.cancelled .badge { color: var(--cf-cancelled); font-weight: 600; }
slot[hidden] { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.time { display: block; font-weight: normal; }
.error { border: 1px solid var(--cf-cancelled); padding: .5em .8em; border-radius: .3em; }
input { font: inherit; padding: .3em .5em; width: min(100%, 24em); }
mark { background: color-mix(in srgb, var(--cf-accent) 25%, transparent); color: inherit; }
`;

// Only http(s), mailto and site-relative links reach an href, whatever the API returns: a javascript: or data:
// link stored by an older server, or by anyone who can write to storage, must not run on the course site.
const safeUrl = (url) => {
  const text = String(url ?? "");
  if (!text || /[\u0000-\u001f\u007f]/.test(text)) return null;
  const scheme = /^([^:/?#\\]*):/.exec(text.trim());
  return !scheme || ["http", "https", "mailto"].includes(scheme[1].toLowerCase()) ? text : null;
};
const link = (url, inner) => safeUrl(url) ? `<a href="${escape(url)}">${inner}</a>` : inner;
const escape = (text) => String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** Requests in flight, by URL: <course-info> and <course-subscribe> on one page share one fetch. */
const inFlight = new Map();

/** Why a fetch failed, in words a student can act on. */
const reason = (error) => error.name === "TimeoutError" ? "the server took too long to answer"
  : error instanceof TypeError ? "the server could not be reached" : error.message;

/** Base of the elements: reads api and course, fetches JSON, renders into a shadow root. */
class CourseElement extends HTMLElement {
  static observedAttributes = ["api", "course"];
  constructor() {
    super();
    this.attachShadow({ mode: "open" }).innerHTML = `<style>${STYLE}</style><div part="body" aria-busy="true"></div><slot></slot>`;
  }
  get body() { return this.shadowRoot.querySelector("[part=body]"); }
  get fallback() { return this.shadowRoot.querySelector("slot"); }
  get hasStaticContent() { return this.textContent.trim().length > 0; }
  get api() { return (this.getAttribute("api") ?? "").replace(/\/$/, ""); }
  get course() { return encodeURIComponent(this.getAttribute("course") ?? ""); }
  connectedCallback() { this.queueLoad(); }
  attributeChangedCallback() { this.queueLoad(); }

  /** An upgrade calls both callbacks above, once per attribute: they all come down to one load. */
  queueLoad() {
    if (this.loadQueued) return;
    this.loadQueued = true;
    queueMicrotask(() => {
      this.loadQueued = false;
      if (this.isConnected) this.load();
    });
  }

  /** Fetches with a timeout; the browser's HTTP cache revalidates with the API's ETags. */
  fetchJson(path, timeoutMs = 8000) {
    const url = `${this.api}${path}`;
    if (!inFlight.has(url)) {
      inFlight.set(url, (async () => {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error((await response.json().catch(() => null))?.detail ?? `HTTP ${response.status}`);
        return response.json();
      })().finally(() => inFlight.delete(url)));
    }
    return inFlight.get(url);
  }

  async load() {
    // When attributes change mid-load, only the newest load may render.
    const ticket = this.ticket = (this.ticket ?? 0) + 1;
    // The page's own content stays visible while loading; "Loading…" only when there is none.
    this.fallback.hidden = false;
    this.body.setAttribute("aria-busy", "true");
    this.body.innerHTML = this.hasStaticContent ? "" : `<p class="status">Loading…</p>`;
    try {
      const data = await this.fetchData();
      if (ticket !== this.ticket) return;
      const started = performance.now();
      this.render(data);
      this.fallback.hidden = true;
      performance.measure(`${this.localName} render`, { start: started });
    } catch (error) {
      if (ticket !== this.ticket) return;
      // Keep whatever static content the page had: the message goes in the element only.
      this.body.innerHTML = `<p class="error" role="alert">The live course data could not be loaded: ${escape(reason(error).replace(/\.$/, ""))}.` +
        `${this.hasStaticContent ? " The course page's own copy is shown below." : ""}</p>`;
    } finally {
      if (ticket === this.ticket) this.body.removeAttribute("aria-busy");
    }
  }
}

const materialLink = (m) => `${link(m.url, escape(m.title))}${m.pageCount ? ` <span class="muted">(${m.pageCount} ${m.pageCount === 1 ? "page" : "pages"})</span>` : ""}` +
  (m.pagesWithoutText ? ` <span class="muted" part="unsearchable">${m.pagesWithoutText === 1 ? "1 page is an image" : `${m.pagesWithoutText} pages are images`}: search cannot see ${m.pagesWithoutText === 1 ? "it" : "them"}</span>` : "");
// One formatter for all rows: toLocaleDateString builds a new one per call, which made up most of a render.
// Dates in the host page's language (its lang attribute), else the browser's.
const pageLocale = () => { try { return Intl.DateTimeFormat.supportedLocalesOf(document.documentElement.lang || [])[0]; } catch { return undefined; } };
const dayFormat = new Intl.DateTimeFormat(pageLocale(), { month: "short", day: "numeric", timeZone: "UTC" });
const dayLabel = (date) => dayFormat.format(new Date(`${date}T12:00:00Z`));
/** "09:00–12:15" in the course's own time zone, read off the offsets the API gives; empty for all-day sessions. */
// A session may have a start and no end (its page gave only the start).
const timeRange = (s) => !(s.start?.length > 10) ? "" : s.end?.length > 10 ? `${s.start.slice(11, 16)}–${s.end.slice(11, 16)}` : s.start.slice(11, 16);
const capitalised = (word) => word[0].toUpperCase() + word.slice(1);

/** <course-schedule>: the schedule table as the course page shows it, live. */
class CourseSchedule extends CourseElement {
  fetchData() { return this.fetchJson(`/courses/${this.course}/schedule`); }
  render(schedule) {
    const rows = schedule.sessions.map((s) => {
      const cancelled = s.status === "cancelled";
      const topics = s.topics.length ? `<ul class="topics">${s.topics.map((t) => `<li>${escape(t)}</li>`).join("")}</ul>` : cancelled ? "" : `<span class="muted">Topics to be announced</span>`;
      const kind = s.kind === "exam" || s.kind === "lab" ? ` <span class="badge">${escape(capitalised(s.kind))}</span>` : "";
      // "Cancelled" whatever the page's own words were ("No class", "Pas de cours"); those follow it.
      const note = cancelled ? ` <span class="badge">Cancelled</span>${s.note ? ` ${escape(s.note)}` : ""}`
        : s.note ? ` <span class="badge">${escape(s.note)}</span>` : "";
      const materials = s.materials.length ? `<ul>${s.materials.map((m) => `<li>${materialLink(m)}</li>`).join("")}</ul>` : "";
      return `<tr class="${cancelled ? "cancelled" : ""}" part="row"><th scope="row">${escape(dayLabel(s.date))}<span class="time muted">${timeRange(s)}</span></th><td>${kind}${topics}${note}</td><td>${materials}</td>` +
        `<td><a href="${escape(s.links.calendarEvent)}">Add to calendar<span class="visually-hidden"> (${escape(dayLabel(s.date))})</span></a></td></tr>`;
    }).join("");
    // Slides that match no session (a syllabus, exercise sheets) come after the table.
    const courseMaterials = schedule.courseMaterials?.length
      ? `<h3>Course materials</h3><ul part="course-materials">${schedule.courseMaterials.map((m) => `<li>${materialLink(m)}</li>`).join("")}</ul>` : "";
    this.body.innerHTML = (rows ? `<table part="table"><caption class="muted">Times in ${escape(schedule.timeZone)}</caption>` +
      `<thead><tr><th scope="col">Date</th><th scope="col">Lecture topic</th><th scope="col">Materials</th><th scope="col"><span class="muted">Calendar</span></th></tr></thead><tbody>${rows}</tbody></table>`
      : `<p class="muted">No sessions are scheduled yet.</p>`) + courseMaterials;
  }
}

/** <course-subscribe>: webcal:// link, https feed URL to copy, and Google Calendar's add-by-URL. */
class CourseSubscribe extends CourseElement {
  fetchData() { return this.fetchJson(`/courses/${this.course}`); }
  render(course) {
    const { calendar, calendarWebcal } = course.links;
    const google = `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(calendarWebcal)}`;
    this.body.innerHTML = `<p><a href="${escape(calendarWebcal)}" part="subscribe">Subscribe in your calendar app</a> · <a href="${escape(google)}">Add to Google Calendar</a></p>` +
      `<p><label>Feed URL <input readonly value="${escape(calendar)}" part="feed-url"></label> <button type="button" part="copy">Copy</button>` +
      ` <span role="status" class="muted"></span></p>`;
    const input = this.body.querySelector("input"), status = this.body.querySelector("[role=status]");
    // Without the clipboard API (a page on plain http), the URL is selected for the student to copy.
    this.body.querySelector("button").addEventListener("click", () => navigator.clipboard?.writeText(calendar)
      .then(() => { status.textContent = "Copied"; }, () => input.select()) ?? input.select());
  }
}

/** <course-info>: instructors, class times, location and literature. */
class CourseInfo extends CourseElement {
  fetchData() { return this.fetchJson(`/courses/${this.course}`); }
  render(c) {
    const people = c.instructors.map((i) => i.email ? `${escape(i.name)} (<a href="mailto:${escape(i.email)}">${escape(i.email)}</a>)` : escape(i.name)).join(", ");
    const times = c.classTimes.map((t) => `${capitalised(t.day)}s, ${t.start}–${t.end}`).join("; ");
    const books = c.literature.map((l) => `<li>${link(l.url, escape(l.title))}${l.authors.length ? `, ${escape(l.authors.join(", "))}` : ""}</li>`).join("");
    const facts = [
      [c.instructors.length > 1 ? "Instructors" : "Instructor", people],
      ["Semester", escape(c.semester)],
      ["Class times", times && `${escape(times)} (${escape(c.timeZone)})`],
      ["Location", escape(c.location)],
    ].filter(([, value]) => value).map(([label, value]) => `<li><strong>${label}</strong>: ${value}</li>`).join("");
    this.body.innerHTML = `<ul part="facts">${facts}</ul>` + (books ? `<h3>Recommended literature</h3><ul part="literature">${books}</ul>` : "");
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
          ? `<ol>${data.hits.map((h) => `<li>${link(h.url, `${escape(h.title)}, ${h.lastPage ? `pages ${h.page}–${h.lastPage}` : `page ${h.page}`}`)}<br><span>${highlight(h)}</span></li>`).join("")}</ol>`
          : `<p>No slide mentions “${escape(query)}”.</p>`;
      } catch (error) {
        results.innerHTML = `<p class="error" role="alert">Search is unavailable: ${escape(reason(error))}.</p>`;
      }
    });
  }
}

/** <course-changes limit="5">: the course's latest changes in its own words, newest first, and its Atom feed. */
class CourseChanges extends CourseElement {
  static observedAttributes = ["api", "course", "limit"];
  /** 1 to 100, as the API takes; 5 when absent or out of range. */
  get limit() { const n = Number(this.getAttribute("limit") ?? 5); return Number.isInteger(n) && n >= 1 && n <= 100 ? n : 5; }
  fetchData() { return this.fetchJson(`/courses/${this.course}/changes?limit=${this.limit}`); }
  render(list) {
    const items = list.changes.map((c) => `<li part="change">${escape(c.title)} <time class="muted" datetime="${escape(c.at)}">` +
      `${escape(changedAt.format(new Date(c.at)))}</time></li>`).join("");
    this.body.innerHTML = (items ? `<ul part="changes" aria-label="Recent changes">${items}</ul>` : `<p class="muted">No changes so far.</p>`) +
      `<p>${link(list.atom, "Follow the changes (Atom feed)")}</p>`;
  }
}
const changedAt = new Intl.DateTimeFormat(pageLocale(), { dateStyle: "medium", timeStyle: "short" });

/** The snippet with its matching words marked, from the API's UTF-16 offsets. */
function highlight(hit) {
  let html = "", at = 0;
  for (const { start, length } of hit.highlights) {
    html += escape(hit.snippet.slice(at, start)) + `<mark>${escape(hit.snippet.slice(start, start + length))}</mark>`;
    at = start + length;
  }
  return html + escape(hit.snippet.slice(at));
}

for (const [name, element] of [["course-schedule", CourseSchedule], ["course-subscribe", CourseSubscribe], ["course-info", CourseInfo],
  ["course-search", CourseSearch], ["course-changes", CourseChanges]])
  if (!customElements.get(name)) customElements.define(name, element);
