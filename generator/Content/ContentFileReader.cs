using System.Buffers;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>Reads one content file (decision or meeting) safely: size and kind checked, strict UTF-8, control characters, the front matter split off.</summary>
public static class ContentFileReader
{
    /// <summary>Reads, decodes and splits one content file; null (and a diagnostic) when it cannot be read as front matter.</summary>
    public static (string Shown, FrontMatter? FrontMatter) ReadFrontMatter(string path, DiagnosticBag diagnostics) =>
        ReadFrontMatter(path, Directory.GetCurrentDirectory(), diagnostics);

    /// <param name="workingFolder">The working folder, asked once for all files rather than once a file.</param>
    public static (string Shown, FrontMatter? FrontMatter) ReadFrontMatter(string path, string workingFolder, DiagnosticBag diagnostics)
    {
        var shown = PathDisplay.Relative(path, workingFolder);
        var (refusal, length) = TextFiles.Check(path);
        if (refusal != TextFiles.Refusal.None)
        {
            var code = refusal == TextFiles.Refusal.TooLarge ? DiagnosticCodes.FileTooLarge : DiagnosticCodes.NotARegularFile;
            diagnostics.Error(code, new SourceLocation(shown, 1, 1), TextFileMessages.Refused(refusal, length));
            return (shown, null);
        }

        Read read;
        try
        {
            read = ReadSplit(path, length);
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(shown), FileFailure.Why(e));
            return (shown, null);
        }

        if (read.TooLarge)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceLocation(shown, 1, 1), TextFileMessages.Refused(TextFiles.Refusal.TooLarge, TextFiles.MaxBytes + 1));
            return (shown, null);
        }

        if (read.Utf16)
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(shown, 1, 1), TextFileMessages.SavedAsUtf16);
            return (shown, null);
        }

        if (read.NotUtf8 is var (badLine, badColumn))
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(shown, badLine, badColumn), TextFileMessages.NotUtf8);
            return (shown, null);
        }

        if (read.Control is { } control)
        {
            diagnostics.Warning(DiagnosticCodes.ControlCharacter, new SourceLocation(shown, control.Line, control.Column), TextFileMessages.ControlCharacter(control));
        }

        if (read.FrontMatter is { } split)
        {
            ReportUnseen(split, shown, diagnostics);
        }
        else
        {
            var missing = read.Problem == FrontMatter.Problem.Missing;
            var (line, message) = read.Fence ?? (missing ? (1, "the file must start with front matter: a line '---', the fields, and another line '---'")
                : read.Closing.Above ? (read.Closing.Line, "the front matter is not closed: add a line '---' above this line, after the last field")
                : (read.Closing.Line, "the front matter is not closed: add a line '---' below this line, after the last field"));
            diagnostics.Error(missing ? DiagnosticCodes.NoFrontMatter : DiagnosticCodes.UnclosedFrontMatter, new SourceLocation(shown, line, 1), message);
        }

        return (shown, read.FrontMatter);
    }

    // A '---' line read after a character of no width, and a byte-order mark in the text, which
    // is where two files were pasted together: the file reads as it looks, and the editor is told
    // where to delete it. (One in a field's name or value is named where the YAML is read.)
    private static void ReportUnseen(FrontMatter split, string shown, DiagnosticBag diagnostics)
    {
        if (split.UnseenBeforeMarker is var (markerLine, character))
        {
            diagnostics.Warning(DiagnosticCodes.ZeroWidthCharacter, new SourceLocation(shown, markerLine, 1), UnseenCharacters.BeforeMarker(character));
        }

        var text = split.Markdown;

        // '\u200B# Otsikko' is a paragraph, not a heading: Markdown skips spaces at a line's
        // start, not characters of no width. (A byte-order mark is told of below, wherever it is.)
        // Lines are walked only in a text that has one of them at all (one vectorised search of every file).
        if (text.AsSpan().IndexOfAny(UnseenCharacters.ZeroWidth) >= 0)
        {
            var line = split.MarkdownFirstLine;
            foreach (var row in text.AsSpan().EnumerateLines())
            {
                if (row.Length > 0 && row[0] is '\u200B' or '\u2060')
                {
                    diagnostics.Warning(DiagnosticCodes.ZeroWidthCharacter, new SourceLocation(shown, line, 1), UnseenCharacters.AtLineStart(row[0]));
                }

                line++;
            }
        }

        var at = text.IndexOf(UnseenCharacters.ByteOrderMark);
        if (at >= 0)
        {
            diagnostics.Warning(DiagnosticCodes.ZeroWidthCharacter, SourceLocation.InText(shown, split.MarkdownFirstLine, text, at), UnseenCharacters.InTheText(UnseenCharacters.ByteOrderMark));
        }
    }

    private sealed record Read(
        FrontMatter? FrontMatter,
        FrontMatter.Problem Problem,
        (int Line, int Column)? NotUtf8 = null,
        ControlCharacters.Found? Control = null,
        (int Line, bool Above) Closing = default,
        bool TooLarge = false,
        bool Utf16 = false,
        (int Line, MessageText Message)? Fence = null);

    // The bytes go into a pooled buffer, and from there straight into the front matter's and
    // the body's strings, without a string of the whole file in between.
    private static Read ReadSplit(string path, long length)
    {
        using var handle = File.OpenHandle(path);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(length, 1) + 1, TextFiles.MaxBytes + 1));
        try
        {
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (filled > TextFiles.MaxBytes)
                    {
                        return new Read(null, FrontMatter.Problem.None, TooLarge: true);
                    }

                    // The file grew while it was read: carry on in a larger buffer.
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, TextFiles.MaxBytes + 1));
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var wanted = buffer.Length - filled;
                var read = RandomAccess.Read(handle, buffer.AsSpan(filled), filled);
                filled += read;

                // A read short of the room left, once the file's length is in, is its end: no second
                // read to hear so (a system call a file). Short of its length (a network file
                // system may return less), read on until a read returns nothing.
                if (read == 0 || (read < wanted && filled >= length))
                {
                    break;
                }
            }

            if (filled > TextFiles.MaxBytes)
            {
                return new Read(null, FrontMatter.Problem.None, TooLarge: true);
            }

            var start = StrictUtf8.WithoutByteOrderMark(buffer.AsSpan(0, filled)).Length is var kept && kept < filled ? filled - kept : 0;
            var bytes = buffer.AsSpan(start, filled - start);

            if (StrictUtf8.IsUtf16(bytes))
            {
                return new Read(null, FrontMatter.Problem.None, Utf16: true);
            }

            if (StrictUtf8.FirstBadByte(bytes) is { } bad)
            {
                return new Read(null, FrontMatter.Problem.None, NotUtf8: bad);
            }

            var control = ControlCharacters.Replace(bytes);
            var (frontMatter, problem) = FrontMatter.Split(bytes);
            if (problem == FrontMatter.Problem.None)
            {
                return new Read(frontMatter, problem, Control: control);
            }

            var text = System.Text.Encoding.UTF8.GetString(bytes);
            if (problem == FrontMatter.Problem.Missing)
            {
                return new Read(null, problem, Control: control, Fence: FrontMatterFences.Opening(text));
            }

            // A line of dashes below where the text begins is the text's own rule, not the meant '---'.
            var closing = FrontMatter.ClosingLine(text);
            var fence = FrontMatterFences.Closing(text) is { } dashes && dashes.Line <= closing.Line ? dashes : ((int, MessageText)?)null;
            return new Read(null, problem, Control: control, Closing: closing, Fence: fence);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
