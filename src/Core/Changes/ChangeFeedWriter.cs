using System.Globalization;
using System.Text;
using System.Xml;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Changes;

/// <summary>
/// A course's changes as an Atom feed (RFC 4287): the feed's id, title, updated, author and self link; per change an
/// entry with its id (a tag URI of the change's id), its title in the course's words, updated, and a summary.
/// </summary>
public static class ChangeFeedWriter
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <param name="feedUrl">The feed's own URL: its rel="self" link, and (as the feed has no other stable name) its id.</param>
    /// <param name="pageUrl">The course's page or schedule, for the feed's alternate link.</param>
    /// <param name="updated">When the course last changed: the feed's updated, also when it holds no entry.</param>
    public static byte[] Write(Course course, IReadOnlyList<CourseChange> changes, string feedUrl, string pageUrl, DateTimeOffset updated)
    {
        var culture = ChangeWording.CultureOf(course);
        var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, culture.Name.Length > 0 ? culture.Name : "en");
            xml.WriteElementString("id", AtomNamespace, feedUrl);
            xml.WriteElementString("title", AtomNamespace, $"{course.Title}: schedule changes");
            xml.WriteElementString("updated", AtomNamespace, Timestamp(changes.Count > 0 ? changes[0].At : updated));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace,
                course.Instructors.Count > 0 ? string.Join(", ", course.Instructors.Select(i => i.Name)) : course.Title);
            xml.WriteEndElement();
            Link(xml, "self", feedUrl, "application/atom+xml");
            Link(xml, "alternate", pageUrl, null);
            foreach (var change in changes)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, $"tag:coursefunctions,2025:{course.Id}/changes/{change.Id}");
                xml.WriteElementString("title", AtomNamespace, ChangeWording.Title(change, culture));
                xml.WriteElementString("updated", AtomNamespace, Timestamp(change.At));
                xml.WriteElementString("summary", AtomNamespace, Summary(course, change, culture));
                Link(xml, "alternate", pageUrl, null);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return output.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        if (type is not null) xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    /// <summary>The title, and when the change was made, on the course's clock.</summary>
    private static string Summary(Course course, CourseChange change, CultureInfo culture)
    {
        var at = TimeZoneInfo.ConvertTime(change.At, TimeZoneInfo.FindSystemTimeZoneById(course.TimeZone));
        return $"{ChangeWording.Title(change, culture)} — {at.ToString("f", culture)}";
    }

    /// <summary>RFC 3339, as Atom's date constructs require.</summary>
    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
