using CsvHelper;

namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// The one way open data is written as CSV: RFC 4180 quoting and CRLF line ends, UTF-8 with a
/// byte order mark (without it Excel reads the file as ANSI and breaks ä and ö). A cell that
/// begins with <c>= + - @</c>, a tab or a CR gets a <c>'</c> in front (and quotes), as OWASP
/// recommends against CSV injection: a title such as <c>=HYPERLINK(…)</c> would otherwise run as
/// a formula when a spreadsheet opens the file.
/// </summary>
public static class OpenDataCsv
{
    public static byte[] Write(string[] columns, IEnumerable<string[]> rows)
    {
        var options = new CsvWriterOptions { WriteByteOrderMark = true, NewLine = "\r\n", Injection = CsvInjection.Escape };
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteHeader(columns);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return stream.ToArray();
    }
}
