using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CourseFunctions.Import;

/// <summary>
/// Turns raw HTML tables in a Markdown page (Hugo and Jekyll schedules often are one) into pipe tables the
/// readers know: rowspan and colspan copy a cell into every place it covers, th and td alike, links become
/// Markdown links and &lt;br&gt; stays a topic separator. The lines after each table keep their numbers.
/// Tables past the caps are left as they are (and read as text).
/// </summary>
internal sealed class HtmlTables : IPageFormat
{
    public string Name => "HTML tables";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) => page.Source.Contains("<table", StringComparison.OrdinalIgnoreCase);

    public string Convert(PageText page) => ToMarkdown(page.Source, page.Cancellation);

    private const int MaxTableChars = 256 * 1024;
    private const int MaxSpan = 100;
    private const int MaxCells = 20_000;

    public static string ToMarkdown(string page, CancellationToken cancellationToken = default)
    {
        if (page.IndexOf("<table", StringComparison.OrdinalIgnoreCase) < 0) return page;
        var output = new StringBuilder(page.Length);
        var position = 0;
        var start = -1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Found again only once passed: a page of many comments before one table stays linear.
            if (start < position) start = page.IndexOf("<table", position, StringComparison.OrdinalIgnoreCase);
            // A table inside an HTML comment (one commented out, or a comment that talks about tables) is not read.
            var comment = start < 0 ? -1 : page.IndexOf("<!--", position, start - position, StringComparison.Ordinal);
            if (comment >= 0 && page.IndexOf("-->", comment, StringComparison.Ordinal) is var commentEnd and >= 0)
            {
                output.Append(page, position, commentEnd + 3 - position);
                position = commentEnd + 3;
                continue;
            }
            var end = start < 0 ? -1 : page.IndexOf("</table>", start, StringComparison.OrdinalIgnoreCase);
            if (start < 0 || end < 0) break;
            end += "</table>".Length;
            var html = page[start..end];
            var markdown = html.Length <= MaxTableChars && CountOf(html, "<table") == 1 ? Convert(html) : null;
            output.Append(page, position, start - position);
            if (markdown is null) output.Append(html);
            else
            {
                // The table's own lines shrink to its rows: blank lines keep every later line where it was.
                var lines = CountOf(html, "\n") - CountOf(markdown, "\n");
                output.Append('\n').Append(markdown).Append('\n', Math.Max(lines - 1, 1));
            }
            position = end;
        }
        output.Append(page, position, page.Length - position);
        return output.ToString();
    }

    private static string? Convert(string html)
    {
        var table = new HtmlParser().ParseDocument("<!doctype html><body>" + html).QuerySelector("table") as IHtmlTableElement;
        if (table is null) return null;
        var rows = table.Rows.ToList();
        var grid = new List<string?[]>();
        var width = 0;
        var header = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            while (grid.Count <= r) grid.Add([]);
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < grid[r].Length && grid[r][column] is not null) column++;
                var text = Text(cell);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, MaxSpan);
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                for (var dr = 0; dr < rowSpan && r + dr < rows.Count; dr++)
                {
                    while (grid.Count <= r + dr) grid.Add([]);
                    for (var dc = 0; dc < colSpan; dc++) Put(grid, r + dr, column + dc, text);
                }
                column += colSpan;
                width = Math.Max(width, column);
                if (width * rows.Count > MaxCells) return null;
            }
            if (r == header && rows[r].Cells.Length > 0
                && (rows[r].Cells.All(c => c.LocalName == "th") || rows[r].ParentElement?.LocalName == "thead"))
                header++;
        }
        if (width == 0) return null;
        string Row(string?[] cells) => "| " + string.Join(" | ", Enumerable.Range(0, width).Select(c => c < cells.Length ? cells[c] ?? "" : "")) + " |";
        var lines = new List<string> { header > 0 ? Row(grid[0]) : Row([]), "|" + string.Concat(Enumerable.Repeat("---|", width)) };
        lines.AddRange(grid.Skip(header > 0 ? 1 : 0).Select(Row));
        return string.Join('\n', lines);
    }

    private static void Put(List<string?[]> grid, int row, int column, string text)
    {
        var cells = grid[row];
        if (cells.Length <= column)
        {
            Array.Resize(ref cells, column + 1);
            grid[row] = cells;
        }
        cells[column] ??= text;
    }

    /// <summary>A cell's text with its links as Markdown links and &lt;br&gt; kept, walked with a stack (no recursion to overflow).</summary>
    private static string Text(IElement cell)
    {
        var text = new StringBuilder();
        var pending = new Stack<(INode Node, bool Closing)>();
        foreach (var child in cell.ChildNodes.Reverse()) pending.Push((child, false));
        while (pending.TryPop(out var item))
        {
            var (node, closing) = item;
            if (closing) { text.Append("](").Append(((IElement)node).GetAttribute("href")).Append(')'); continue; }
            switch (node)
            {
                case IText textNode: text.Append(textNode.Data); break;
                case IElement { LocalName: "br" }: text.Append(" <br> "); break;
                case IElement element:
                    if (element.LocalName == "a" && element.HasAttribute("href"))
                    {
                        text.Append('[');
                        pending.Push((element, true));
                    }
                    foreach (var child in element.ChildNodes.Reverse()) pending.Push((child, false));
                    break;
            }
        }
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("|", "\\|");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); i >= 0;
             i = text.IndexOf(part, i + part.Length, StringComparison.OrdinalIgnoreCase))
            count++;
        return count;
    }
}
