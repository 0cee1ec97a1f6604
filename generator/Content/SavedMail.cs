namespace DecisionsPortal.Content;

/// <summary>
/// A saved e-mail (.eml, as Outlook and Thunderbird save one; a web page saved as one file, .mht,
/// is one too) is published with its headers (the sender, the subject), its text and its attachments,
/// which a client writes encoded (<see cref="MailEncodings"/>): the name in them is not in its bytes.
/// Each part is decoded and read: a text as its charset says (a web page's without its tags), any
/// other by the reader given, as the file of its kind (a PDF, an office document, a zip, a gzipped
/// file, a mail forwarded in it); an attachment's name is read as a zip's file names are.
/// </summary>
internal static partial class SavedMail
{
    // Deeper than any client nests a mail's parts (a forward of a forward is a few); past it a part is not read.
    private const int MaxDepth = 32;

    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is ".eml" or ".mht" or ".mhtml";

    /// <summary>
    /// The mail's words: its headers decoded, its text parts, and what <paramref name="file"/> reads of
    /// each other part, given its path in the mail ('viesti.eml/hakemus.pdf') and its bytes decoded.
    /// <paramref name="pastLimits"/> is told of parts nested past what is read. A file that does not
    /// start as a mail does is read by its runs of text, as a file of unknown kind is.
    /// </summary>
    public static string Words(string name, byte[] mail, Func<string, byte[], string> file, Action pastLimits)
    {
        // A tool that saves a mail may write a byte order mark or a blank line before its headers.
        var start = mail.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < mail.Length && mail[start] is (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (!HeaderName().IsMatch(Encoding.Latin1.GetString(mail, start, Math.Min(mail.Length - start, 1000))))
        {
            return FileStrings.Of(mail);
        }

        var text = new StringBuilder();
        new Reader(name, file, pastLimits, text).Entity(mail.AsSpan(start), 0);
        return text.ToString();
    }

    // A header's name at the file's start (an mbox's 'From ' line may stand before it).
    [GeneratedRegex(@"\A(From [^\n]*\n)?[!-9;-~]+:")]
    private static partial Regex HeaderName();

    // A tag, and its element's name where it has one (none for a comment or a doctype).
    [GeneratedRegex("<[/!?]?([A-Za-z][A-Za-z0-9:_-]*)?[^>]*>")]
    private static partial Regex Tag();

    // A web page's words: a block's tag ends a line, any other is no space (Outlook and Word
    // split a word into spans at a spell check or a change of colour, 'Quorvi<span lang=FI>nen</span>').
    private static string HtmlWords(string html) =>
        Markup.HtmlEntities.Decode(Tag().Replace(html, m => Block(m.Groups[1].Value.ToLowerInvariant()) ? "\n" : ""));

    private static bool Block(string element) => element is "" or "p" or "div" or "br" or "hr" or "td" or "th" or "tr" or "li" or "ul" or "ol" or "dl" or "dt" or "dd"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "thead" or "tbody" or "tfoot" or "caption" or "blockquote" or "pre" or "address"
        or "html" or "head" or "body" or "title" or "meta" or "style" or "script" or "section" or "article" or "header" or "footer" or "nav" or "aside"
        or "main" or "figure" or "figcaption" or "form" or "fieldset" or "legend" or "option" or "select" or "textarea" or "button" or "input" or "img" or "center";

    private sealed class Reader(string name, Func<string, byte[], string> file, Action pastLimits, StringBuilder text)
    {
        private int parts;

        // A part: its headers, then its body as its type says.
        public void Entity(ReadOnlySpan<byte> entity, int depth)
        {
            var (headers, bodyStart) = Headers(entity);
            var body = entity[bodyStart..];
            foreach (var (key, value) in headers)
            {
                text.Append(key).Append(": ").Append(MailEncodings.Words(value)).Append('\n');
            }

            var contentType = Header(headers, "Content-Type");
            var type = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
            if (type.StartsWith("multipart/", StringComparison.Ordinal) && MailEncodings.Parameter(contentType, "boundary") is { Length: > 0 } boundary)
            {
                if (depth >= MaxDepth)
                {
                    pastLimits();
                    return;
                }

                Multipart(body, Encoding.UTF8.GetBytes("--" + boundary), depth);
                return;
            }

            var bytes = MailEncodings.Decoded(body, Header(headers, "Content-Transfer-Encoding"));
            var fileName = MailEncodings.Parameter(Header(headers, "Content-Disposition"), "filename") ?? MailEncodings.Parameter(contentType, "name");
            if (fileName is not null)
            {
                text.Append(fileName).Append('\n').Append(ZipNames.Spaced(fileName)).Append('\n');
            }

            if (fileName is null && type is "" or "text/plain" or "text/html")
            {
                var words = MailEncodings.Text(bytes, MailEncodings.Parameter(contentType, "charset"));
                text.Append(type == "text/html" ? HtmlWords(words) : words).Append('\n');
                return;
            }

            parts++;
            var named = fileName ?? parts.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(file($"{name}/{named}{(Path.HasExtension(named) ? "" : Extension(type))}", bytes)).Append('\n');
        }

        // The parts between the boundary's lines; what stands before the first and after the last is text too.
        private void Multipart(ReadOnlySpan<byte> body, byte[] delimiter, int depth)
        {
            var start = Delimiter(body, 0, delimiter);
            text.Append(MailEncodings.Text(body[..(start < 0 ? body.Length : start)].ToArray(), null)).Append('\n');
            while (start >= 0)
            {
                var after = start + delimiter.Length;
                if (body[after..].StartsWith("--"u8))
                {
                    text.Append(MailEncodings.Text(body[(after + 2)..].ToArray(), null)).Append('\n');
                    return;
                }

                var line = body[after..].IndexOf((byte)'\n');
                if (line < 0)
                {
                    return;
                }

                var partStart = after + line + 1;
                var next = Delimiter(body, partStart, delimiter);
                var partEnd = next < 0 ? body.Length : next;
                Entity(body[partStart..Math.Max(partStart, partEnd)], depth + 1);
                start = next;
            }
        }

        // Where the next line that starts with the delimiter starts, from 'from'; -1 where none does.
        private static int Delimiter(ReadOnlySpan<byte> body, int from, byte[] delimiter)
        {
            for (var at = from; at <= body.Length;)
            {
                var found = body[at..].IndexOf(delimiter);
                if (found < 0)
                {
                    return -1;
                }

                var position = at + found;
                if (position == 0 || body[position - 1] == '\n')
                {
                    return position;
                }

                at = position + 1;
            }

            return -1;
        }

        // Its header lines unfolded (a line that starts with a space goes on the one before), and
        // its body: past the first empty line, or from a line that is no header (a damaged part).
        private static (List<(string Key, string Value)> Headers, int Body) Headers(ReadOnlySpan<byte> entity)
        {
            // A value's folded lines are joined once: joined one by one, the value so far was copied
            // for each line, and a hostile header of many lines did not end.
            var headers = new List<(string Key, StringBuilder Value)>();
            var body = entity.Length;
            for (var at = 0; at < entity.Length;)
            {
                var end = entity[at..].IndexOf((byte)'\n');
                var next = end < 0 ? entity.Length : at + end + 1;
                var line = MailEncodings.Text(entity[at..next].ToArray(), null).TrimEnd('\r', '\n');
                if (line.Length == 0)
                {
                    body = next;
                    break;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (line[0] is ' ' or '\t' && headers.Count > 0)
                {
                    headers[^1].Value.Append(' ').Append(line.Trim());
                }
                else if (colon > 0 && !line[..colon].Contains(' ', StringComparison.Ordinal))
                {
                    headers.Add((line[..colon], new StringBuilder(line[(colon + 1)..].Trim())));
                }
                else if (!line.StartsWith("From ", StringComparison.Ordinal) || at > 0)
                {
                    body = at;
                    break;
                }

                at = next;
            }

            return ([.. headers.Select(h => (h.Key, h.Value.ToString()))], body);
        }

        private static string Header(List<(string Key, string Value)> headers, string key) =>
            headers.FirstOrDefault(h => h.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value ?? "";

        // The kind a part's type names, for a part of no file name (a forwarded mail, an image in a web page).
        private static string Extension(string type) => type switch
        {
            "message/rfc822" => ".eml",
            "application/pdf" => ".pdf",
            "application/zip" or "application/x-zip-compressed" => ".zip",
            "application/gzip" or "application/x-gzip" => ".gz",
            "application/rtf" or "text/rtf" => ".rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ".xlsx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation" => ".pptx",
            "application/vnd.oasis.opendocument.text" => ".odt",
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            "image/tiff" => ".tif",
            _ when type.StartsWith("text/", StringComparison.Ordinal) => ".txt",
            _ => "",
        };
    }
}
