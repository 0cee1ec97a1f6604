using MimeKit;

namespace DecisionsPortal.Content;

/// <summary>
/// A calendar's or a contact card's words (a meeting invitation, .ics or a mail's text/calendar
/// part, as Outlook sends one; a vCard, .vcf) as a calendar shows them: its lines are folded at 75
/// bytes anywhere in a word ('kauppakirja-meik' / ' alainen.pdf'), its text escaped ('\n', '\,');
/// an old one (vCard 2.1, vCalendar 1.0) writes a value as quoted-printable, its lines broken by
/// '=' at their ends. A file it holds (an invitation's ATTACH, a card's PHOTO) is base64, read by the reader given.
/// </summary>
internal static partial class ContentLines
{
    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is ".ics" or ".vcs" or ".vcf";

    /// <summary>Each property a line, its parameters as written and its value decoded; the words <paramref name="file"/> reads of each file it holds, given its name ('attach-1', or the one it gives) and its bytes.</summary>
    public static string Of(string text, Func<string, byte[], string> file)
    {
        var words = new StringBuilder();
        var files = 0;
        var lines = Fold().Replace(text, "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Property().Match(line) is not { Success: true } property)
            {
                words.Append(line).Append('\n');
                continue;
            }

            var parameters = property.Groups["parameters"].Value;
            var value = line[property.Length..];
            words.Append(property.Value).Append('\n');
            if (Encoded(parameters, "QUOTED-PRINTABLE"))
            {
                // A soft line break: the value goes on in the next line (joined once, however many lines it has).
                var joined = new StringBuilder(value);
                for (; joined.Length > 0 && joined[^1] == '=' && i + 1 < lines.Length; i++)
                {
                    joined.Length--;
                    joined.Append(lines[i + 1].AsSpan().TrimEnd('\r'));
                }

                var decoded = MailReader.Decoded(Encoding.Latin1.GetBytes(joined.ToString()), ContentEncoding.QuotedPrintable);
                words.Append(Unescaped(AttachmentFileText.Decoded(decoded))).Append('\n');
            }
            else if (Encoded(parameters, "BASE64") || Encoded(parameters, "B"))
            {
                // One cut short (a forwarded invitation truncated) is read as far as it goes, as a browser reads a data: address.
                var bytes = DataAddresses.Base64(Encoding.Latin1.GetBytes(value));
                files++;
                var name = FileName().Match(parameters) is { Success: true } given ? given.Groups[1].Value : $"attach-{files.ToString(CultureInfo.InvariantCulture)}";
                words.Append(file(name, bytes)).Append('\n');
            }
            else
            {
                // As written too, where its escapes changed it: a path of one backslash ('H:\neuvottelu…') loses a letter unescaped.
                var unescaped = Unescaped(value);
                words.Append(unescaped).Append('\n');
                if (unescaped != value)
                {
                    words.Append(value).Append('\n');
                }
            }
        }

        return words.ToString();
    }

    // ENCODING=BASE64, or the bare 'BASE64' vCard 2.1 writes.
    private static bool Encoded(string parameters, string encoding) =>
        parameters.Split(';').Any(p => p.Equals(encoding, StringComparison.OrdinalIgnoreCase) || p.Equals("ENCODING=" + encoding, StringComparison.OrdinalIgnoreCase));

    // A text value's escapes: '\n' (or '\N') a line end, '\,' '\;' '\\' the sign.
    private static string Unescaped(string value) => Escape().Replace(value, e => e.Groups[1].Value is "n" or "N" ? "\n" : e.Groups[1].Value);

    // A line end and the one space or tab that folds a line.
    [GeneratedRegex(@"\r?\n[ \t]")]
    private static partial Regex Fold();

    // A property's name and parameters, up to the colon that starts its value (none within a quoted parameter).
    [GeneratedRegex(@"\A[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?(?<parameters>(?:;(?:[^"":;]|""[^""]*"")*)*):")]
    private static partial Regex Property();

    // The name a file in it is given (Outlook's X-FILENAME, FILENAME).
    [GeneratedRegex(@"(?:^|;)(?:X-)?FILENAME=""?([^"";]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    [GeneratedRegex(@"\\([nN,;\\])")]
    private static partial Regex Escape();
}
