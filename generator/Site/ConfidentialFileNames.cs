using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// The name of a confidential or withdrawn decision's attachment is never published, as the file
/// is not (a link to it is refused, <see cref="TextAttachments"/>): a name says what the file holds
/// ('kauppakirja-meikalainen.pdf'). Written as text in a published text (a decision's texts, a
/// confidential one's title, a meeting's notes) it is published all the same. The whole name with its
/// extension is sought, in any capitals and either way its accents are written, never a word
/// that equals its stem ('kauppakirja'), which is a word of the language. An error, as the link is,
/// where no published decision lists a file of that name: the name can mean only the withheld
/// file. A name that a published decision's attachment has too ('liite.pdf') may mean that file: a
/// warning, so that no decision is stopped by another's file name; none at all where the text's own
/// decision publishes the name, which is then its own attachment's.
/// </summary>
internal static class ConfidentialFileNames
{
    public static void Check(IReadOnlyList<Decision> loaded, IReadOnlyList<Meeting> meetings, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var withheld = Names(loaded.Where(d => d.Law.Confidential || d.Law.Withdrawn));
        if (withheld.Count == 0)
        {
            return;
        }

        var published = Names(loaded.Where(d => !d.Law.Confidential && !d.Law.Withdrawn && (includeDrafts || !d.Draft)));
        foreach (var d in loaded.Where(d => includeDrafts || !d.Draft))
        {
            var shut = d.Law.Confidential || d.Law.Withdrawn;
            HashSet<string> own = shut ? [] : Names([d]);
            foreach (var (at, name) in PublishedTexts(d).SelectMany(t => Written(t.Text, withheld).Select(i => (Location: t.Place(i.At), Name: t.Text.Substring(i.At, i.Length)))))
            {
                if (own.Contains(Composed(name)))
                {
                    continue;
                }

                Tell(at, published.Contains(Composed(name)), diagnostics);
            }
        }

        foreach (var m in meetings)
        {
            foreach (var (at, length) in Written(m.Markdown, withheld))
            {
                Tell(UnmarkedCopies.InText(m.File.Path, m.MarkdownFirstLine, m.Markdown, at), published.Contains(Composed(m.Markdown.Substring(at, length))), diagnostics);
            }

            if (m.Place is { } place && Written(place, withheld).Any())
            {
                Tell(m.LocationOf("place"), Written(place, withheld).All(i => published.Contains(Composed(place.Substring(i.At, i.Length)))), diagnostics);
            }
        }
    }

    private static void Tell(SourceLocation at, bool alsoPublished, DiagnosticBag diagnostics)
    {
        // Not quoted: the name is what must not be published, and a CI log is read by more people than the file.
        if (alsoPublished)
        {
            diagnostics.Warning(DiagnosticCodes.WithheldFileNameShared, at,
                "this text writes the name of a confidential or withdrawn decision's attachment, which is never published, nor its name; a published decision has a file of the same name, which the text may mean: if it means the withheld one, write the text without its name");
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.WithheldFileNamed, at,
                "this text writes the name of a confidential or withdrawn decision's attachment, which is never published, nor its name, and the name would be published with the text; write the text without it (e.g. 'the attachment')");
        }
    }

    // The texts of the decision that are published: a confidential or withdrawn one's title only.
    private static IEnumerable<(string Text, Func<int, SourceLocation> Place)> PublishedTexts(Decision d)
    {
        yield return (d.Title, _ => d.LocationOf("title"));
        if (d.Law.Confidential || d.Law.Withdrawn)
        {
            yield break;
        }

        yield return (d.Proposal, _ => d.LocationOf("proposal"));
        if (d.DecisionText is { } decision)
        {
            yield return (decision, _ => d.LocationOf("decision"));
        }

        if (d.Law.Previous is { } previous)
        {
            yield return (previous, _ => d.LocationOf("previous"));
        }

        foreach (var attachment in d.Attachments)
        {
            yield return (attachment.Title, _ => attachment.Location);
        }

        yield return (d.Markdown, i => UnmarkedCopies.InText(d.File.Path, d.MarkdownFirstLine, d.Markdown, i));
    }

    /// <summary>
    /// Where the text writes one of the names (composed, in small letters) as a name of its own:
    /// not inside a longer name, and not as a link's address, which the checks of links tell.
    /// </summary>
    internal static IEnumerable<(int At, int Length)> Written(string text, HashSet<string> names)
    {
        var extensions = names.Select(n => n[n.LastIndexOf('.')..]).Distinct().Where(e => text.Contains(e, StringComparison.OrdinalIgnoreCase)).ToList();
        if (extensions.Count == 0)
        {
            yield break;
        }

        var (composed, from) = ComposedWithPlaces(text);
        var lengths = names.Select(n => n.Length).Distinct().ToList();
        foreach (var extension in extensions)
        {
            for (var end = composed.IndexOf(extension, StringComparison.Ordinal); end >= 0; end = composed.IndexOf(extension, end + 1, StringComparison.Ordinal))
            {
                var after = end + extension.Length;
                if (after < composed.Length && char.IsLetterOrDigit(composed[after]))
                {
                    continue;
                }

                foreach (var length in lengths.Where(l => l <= after))
                {
                    var start = after - length;
                    if (names.Contains(composed.Substring(start, length)) && (start == 0 || !IsNamePart(composed[start - 1])))
                    {
                        yield return (from[start], from[after] - from[start]);
                    }
                }
            }
        }
    }

    // The text composed and in small letters, and for each of its characters (and its end) the place in the text it comes from.
    private static (string Text, int[] From) ComposedWithPlaces(string text)
    {
        var lower = text.ToLowerInvariant();
        var composed = new System.Text.StringBuilder(lower.Length);
        var from = new List<int>(lower.Length + 1);
        for (var i = 0; i < lower.Length; i++)
        {
            from.Add(i);
            if (i + 1 < lower.Length && char.GetUnicodeCategory(lower[i + 1]) == System.Globalization.UnicodeCategory.NonSpacingMark && Composed(lower.Substring(i, 2)) is { Length: 1 } letter)
            {
                composed.Append(letter);
                i++;
                continue;
            }

            composed.Append(lower[i]);
        }

        from.Add(lower.Length);
        return (composed.ToString(), [.. from]);
    }

    // A character a name goes on with, or that writes it as an address ('../tontti/kauppakirja.pdf', '(kauppakirja.pdf)', 'href="…"').
    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '\\' or '(' or '<' or '"' or '\'' or '=' or '%';

    // The attachments' file names (their last part), composed and in small letters.
    private static HashSet<string> Names(IEnumerable<Decision> decisions) =>
        decisions.SelectMany(d => d.Attachments).Select(a => Composed(Path.GetFileName(a.File.Replace('\\', '/')))).Where(n => n.Contains('.')).ToHashSet(StringComparer.Ordinal);

    private static string Composed(string text)
    {
        var letters = text.ToLowerInvariant().ToCharArray();
        return new string(letters, 0, LatinMarks.Compose(letters));
    }
}
