namespace CourseFunctions.Import;

/// <summary>
/// What a {% comment %} … {% endcomment %} block holds is hidden on the site (drafts, next week's topics): it goes,
/// its line breaks stay, so line numbers do not move. An unclosed block hides nothing.
/// </summary>
internal sealed class LiquidComments : IPageFormat
{
    private const string Open = "{% comment %}", Close = "{% endcomment %}";

    public string Name => "Liquid comments";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) => page.Source.Contains(Open, StringComparison.Ordinal);

    public string Convert(PageText page)
    {
        var source = page.Source;
        var start = source.IndexOf(Open, StringComparison.Ordinal);
        var output = new System.Text.StringBuilder(source.Length);
        var position = 0;
        while (start >= 0 && source.IndexOf(Close, start, StringComparison.Ordinal) is var end and >= 0)
        {
            page.Cancellation.ThrowIfCancellationRequested();
            output.Append(source, position, start - position).Append('\n', source.AsSpan(start, end - start).Count('\n'));
            position = end + Close.Length;
            start = source.IndexOf(Open, position, StringComparison.Ordinal);
        }
        return output.Append(source, position, source.Length - position).ToString();
    }
}
