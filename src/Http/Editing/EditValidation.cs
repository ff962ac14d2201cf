using System.Globalization;
using CourseFunctions.Core.Courses;

using CourseFunctions.Core.Representation;

using CourseFunctions.Import;

namespace CourseFunctions.Http.Editing;

/// <summary>Checks edits field by field, so the editor learns every problem at once, and builds the domain value when all is well.</summary>
internal sealed class EditValidation
{
    public const int MaxTopics = 30;
    public const int MaxTopicLength = 300;
    public const int MaxShortText = 300;
    public const int MaxMarkdown = MarkdownText.MaxLength;

    /// <summary>The stored HTML must fit a Table Storage property (32 K characters) beside its Markdown.</summary>
    public const int MaxRenderedHtml = 30_000;

    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    private void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public Course? ToCourse(string courseId, CourseWrite write)
    {
        if (string.IsNullOrWhiteSpace(write.Title)) Add("title", "A title is required.");
        Text("title", write.Title, MaxShortText);
        var shortTexts = new[]
        {
            ("shortTitle", write.ShortTitle), ("institution", write.Institution), ("program", write.Program), ("semester", write.Semester),
            ("location", write.Location),
        };
        foreach (var (name, value) in shortTexts)
            Text(name, value, MaxShortText);
        var description = Rendered("description", write.Description);
        var evaluation = Rendered("evaluation", write.Evaluation);
        if (!CourseClock.IsKnownZone(write.TimeZone)) Add("timeZone", $"'{write.TimeZone}' is not an IANA time zone such as Europe/Paris.");
        Topics("topics", write.Topics);
        if (write.PageUrl is { } url && ((WebUrl.Absolute(url) is null && !url.StartsWith('/')) || !WebUrl.IsSafeLink(url)))
            Add("pageUrl", "Give an absolute http(s) URL, or a site path starting with '/'.");

        var instructors = (write.Instructors ?? []).Select((instructor, i) =>
        {
            if (string.IsNullOrWhiteSpace(instructor.Name)) Add($"instructors[{i}].name", "A name is required.");
            return new Instructor(instructor.Name?.Trim() ?? "", instructor.Email?.Trim());
        }).ToList();
        var classTimes = (write.ClassTimes ?? []).Select((slot, i) => ClassTime($"classTimes[{i}]", slot)).ToList();
        if (write.Culture is { } culture && !IsKnownCulture(culture))
            Add("culture", $"'{culture}' is not a culture this server knows; give a BCP 47 tag such as fr-FR or en-GB.");
        CancelledInCalendar? cancelledInCalendar = write.CancelledInCalendar?.ToLowerInvariant() switch
        {
            "status" => CancelledInCalendar.Status,
            "transparent" => CancelledInCalendar.Transparent,
            _ => null,
        };
        if (write.CancelledInCalendar is not null && cancelledInCalendar is null)
            Add("cancelledInCalendar", "Use \"status\" (STATUS:CANCELLED) or \"transparent\" (kept, free, titled \"Cancelled:\").");
        var literature = (write.Literature ?? []).Select((item, i) =>
        {
            if (string.IsNullOrWhiteSpace(item.Title)) Add($"literature[{i}].title", "A title is required.");
            if (item.Url is not null && !WebUrl.IsSafeLink(item.Url))
                Add($"literature[{i}].url", "Give an http(s) or mailto URL, or a link relative to the course site.");
            return new LiteratureItem { Title = item.Title?.Trim() ?? "", Url = item.Url, Authors = item.Authors ?? [] };
        }).ToList();

        return IsValid
            ? new Course
            {
                Id = courseId,
                Title = write.Title!.Trim(),
                ShortTitle = write.ShortTitle,
                Institution = write.Institution,
                Program = write.Program,
                Instructors = instructors,
                Semester = write.Semester,
                TimeZone = write.TimeZone!,
                ClassTimes = classTimes.OfType<ClassTime>().ToList(),
                Location = write.Location,
                Description = description,
                Topics = write.Topics ?? [],
                Evaluation = evaluation,
                Literature = literature,
                PageUrl = write.PageUrl,
                Culture = write.Culture,
                CancelledInCalendar = cancelledInCalendar,
            }
            : null;
    }

    private static bool IsKnownCulture(string name)
    {
        if (name.Length is 0 or > 35) return false;
        try
        {
            return !CultureInfo.GetCultureInfo(name, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <param name="defaults">Class times of the course, used when the edit gives no times.</param>
    /// <param name="materials">Links kept from the stored session: the editing API does not change them.</param>
    public Session? ToSession(DateOnly date, SessionWrite write, Course course, IReadOnlyList<MaterialLink> materials)
    {
        var start = Time("start", write.Start, date);
        var end = Time("end", write.End, date);
        // A start alone is a session whose page gave no end (GET returns it so, and PUT takes it back); an end alone is not.
        if (write.Start is null && write.End is not null) Add("start", "Give the start with the end, or neither.");
        if (start is not null && end is not null && end <= start) Add("end", "The end must be after the start.");
        if (write.Start is null && write.End is null && course.ClassTimes.FirstOrDefault(c => c.Day == date.DayOfWeek) is { } usual)
            (start, end) = (usual.Start, usual.End);

        var status = SessionStatus.Scheduled;
        if (write.Status is not null && !SessionText.TryParseStatus(write.Status, out status))
            Add("status", $"Use {Quoted(SessionText.Statuses)}.");
        var kind = SessionKind.Lecture;
        if (write.Kind is not null && !SessionText.TryParseKind(write.Kind, out kind))
            Add("kind", $"Use {Quoted(SessionText.Kinds)}.");
        Topics("topics", write.Topics);
        Text("location", write.Location, MaxShortText);
        Text("note", write.Note, MaxTopicLength * 3);

        return IsValid
            ? new Session
            {
                Date = date, Start = start, End = end, Status = status, Kind = kind,
                Topics = write.Topics?.Select(t => t.Trim()).ToList() ?? [], Materials = materials, Location = write.Location, Note = write.Note,
            }
            : null;
    }

    /// <summary>"a", "b" or "c".</summary>
    private static string Quoted(IReadOnlyList<string> values) =>
        values.Count == 1 ? $"\"{values[0]}\"" : $"{string.Join(", ", values.SkipLast(1).Select(v => $"\"{v}\""))} or \"{values[^1]}\"";

    private void Text(string field, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(field, $"At most {max:N0} characters.");
        if (value is not null && value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) Add(field, "Control characters are not allowed.");
    }

    private void Topics(string field, List<string>? topics)
    {
        if (topics is null) return;
        if (topics.Count > MaxTopics) Add(field, $"At most {MaxTopics} topics.");
        for (var i = 0; i < topics.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(topics[i])) Add($"{field}[{i}]", "A topic cannot be empty.");
            else Text($"{field}[{i}]", topics[i], MaxTopicLength);
        }
    }

    /// <summary>The Markdown with its HTML, rendered now so that no read ever has to; an error when it cannot be.</summary>
    private MarkdownText? Rendered(string field, string? markdown)
    {
        Text(field, markdown, MaxMarkdown);
        if (!IsValid) return null;
        try
        {
            var text = MarkdownRenderer.Render(markdown);
            if (text is not null && text.Html.Length > MaxRenderedHtml)
                Add(field, $"The text renders to more than {MaxRenderedHtml:N0} characters of HTML; shorten it.");
            return text;
        }
        catch (MarkdownTooDeepException error)
        {
            Add(field, error.Message);
            return null;
        }
    }

    /// <param name="day">A session's date: its times may then also be the read API's date-times of that day.</param>
    private TimeOnly? Time(string field, string? text, DateOnly? day = null)
    {
        if (text is null) return null;
        if (WireFormats.TryParseTime(text, out var time)) return time;
        // The read API writes the course's wall-clock time with the offset in force that day.
        if (day is { } date && WireFormats.TryParseDateTime(text, out var moment))
        {
            if (DateOnly.FromDateTime(moment.DateTime) == date) return TimeOnly.FromDateTime(moment.DateTime);
            Add(field, $"The time is on {WireFormats.Date(DateOnly.FromDateTime(moment.DateTime))}, not on the session's date {WireFormats.Date(date)}.");
            return null;
        }
        Add(field, "Use 24-hour HH:mm, e.g. 09:00.");
        return null;
    }

    private ClassTime? ClassTime(string field, ClassTimeResponse slot)
    {
        var day = Enum.TryParse<DayOfWeek>(slot.Day, ignoreCase: true, out var parsed) && !int.TryParse(slot.Day, out _) ? parsed : (DayOfWeek?)null;
        if (day is null) Add($"{field}.day", "Use an English weekday, e.g. \"friday\".");
        var start = Time($"{field}.start", slot.Start ?? "");
        var end = Time($"{field}.end", slot.End ?? "");
        if (start is not null && end is not null && end <= start) Add($"{field}.end", "The end must be after the start.");
        return day is not null && start is not null && end is not null && end > start ? new ClassTime(day.Value, start.Value, end.Value) : null;
    }
}
