using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DecisionsPortal.Content;

/// <summary>
/// What a file says about itself besides its text, published with it byte for byte: a PDF's
/// document properties (author, title, subject, keywords; its Info dictionary and XMP packet), its
/// form's values (its fields' and its XML form's), its notes and its bookmarks, a
/// photo's EXIF and XMP (artist, owner, description), a PNG's text chunks or an office document's
/// properties (<see cref="OfficeDocument"/>). An office suite writes
/// the author's or the applicant's name there unseen, and no mark in the decision can expire it,
/// so the check of marked words (<see cref="Site.AttachmentCopies"/>) reads it too.
/// </summary>
public static class AttachmentMetadata
{
    /// <summary>
    /// The file types whose properties are read: PDFs, office documents, JPEG, PNG, WebP and
    /// GIF images and TIFF scans (<see cref="ImageMetadata"/>).
    /// </summary>
    public static bool IsRead(string file) => OfficeDocument.IsOne(file) || Path.GetExtension(file).ToLowerInvariant() is
        ".pdf" or ".png" or ".jpg" or ".jpeg" or ".webp" or ".gif" or ".tif" or ".tiff";

    /// <summary>Whether the file is a photo whose EXIF or XMP gives the place where it was taken (GPS); a file that cannot be read throws.</summary>
    public static bool HasPosition(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".webp" or ".tif" or ".tiff" && ImageMetadata.Read(path).Position;

    /// <summary>
    /// The properties' words, one value a line; a file that cannot be read throws (the caller takes it as none).
    /// A PDF's are read with its text (<see cref="AttachmentText.Properties"/>), which the store keeps between runs.
    /// The file is read as what its first bytes say it is (<see cref="AttachmentTextCache.KindOf"/>).
    /// </summary>
    public static string Of(string path, AttachmentTextCache texts) => texts.KindOf(path) is var kind && kind.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? texts.AsItIs(path).Properties
        : OfficeDocument.IsOne(kind) ? OfficeDocument.Properties(path) : IsRead(kind) ? ImageMetadata.Text(path) : "";

    /// <summary>An open PDF's properties' words; a file that cannot be read throws (its text's reading takes it as none).</summary>
    internal static string Read(PdfDocument document)
    {
        var text = new StringBuilder();
        // A value with letters beyond Latin-1 is written as a hex string in UTF-16.
        // A value may be a reference to another object ('5 0 R'), as a writer may give the Author.
        foreach (var value in document.Information.DocumentInformationDictionary?.Data.Values ?? [])
        {
            var resolved = value is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data)?.Data : value;
            text.Append(Words(resolved)).Append('\n');
        }

        if (document.TryGetXmpMetadata(out var xmp))
        {
            XmlText.AppendPacket(xmp.GetXmlBytes(), 1 << 20, text);
        }

        // What is no page's text but is shown or kept with it: a form's values (the application
        // filled in), the notes on its pages (their authors and words), its bookmarks' titles, and
        // the files attached to it (an e-mail saved with its attachments), named as a zip's are.
        // A reference to an object the file lacks (a deleted note's) makes PdfPig throw: each is
        // read on its own, so one broken part loses neither the others nor the Info and XMP above.
        var seen = new HashSet<IndirectReference>();
        var catalog = document.Structure.Catalog.CatalogDictionary.Data;
        // A form's fields are a tree: Acrobat keeps a value in a field under its group ('hakija.nimi').
        Unreadable.Skipped(() =>
        {
            var form = Resolved(document, catalog.GetValueOrDefault("AcroForm"), seen) as DictionaryToken;
            foreach (var field in Resolved(document, form?.Data.GetValueOrDefault("Fields"), seen) is ArrayToken fields ? fields.Data : [])
            {
                Unreadable.Skipped(() => Walk(document, field, seen, 0, node => Strings(document, node, text)));
            }

            // A form made in Adobe's XML form designer (XFA) keeps what was filled in as XML in its
            // 'datasets' part, beside fields that may hold nothing: one stream, or named parts.
            var xml = Resolved(document, form?.Data.GetValueOrDefault("XFA"), seen);
            foreach (var part in xml is ArrayToken parts ? parts.Data : xml is null ? [] : [xml])
            {
                Unreadable.Skipped(() =>
                {
                    if (Resolved(document, part, seen) is StreamToken stream)
                    {
                        using var bytes = new MemoryStream(stream.Decode(DefaultFilterProvider.Instance).ToArray());
                        XmlText.Append(bytes, MaxFormCharacters, text);
                    }
                });
            }
        });
        Unreadable.Skipped(() => Walk(document, catalog.GetValueOrDefault("Pages"), seen, 0, page =>
        {
            foreach (var note in Resolved(document, page.Data.GetValueOrDefault("Annots"), seen) is ArrayToken notes ? notes.Data : [])
            {
                if (Resolved(document, note, seen) is DictionaryToken annotation)
                {
                    Strings(document, annotation, text);
                    Unreadable.Skipped(() => Appearance(document, annotation, seen, text));
                }
            }

            Actions(document, page.Data.GetValueOrDefault("AA"), seen, text);

            // A page's own XMP (a scanner's) and that of the images it draws (a photo's: its
            // author, its description), as the file's; on a page or on the tree's node above it.
            Unreadable.Skipped(() => Xmp(document, page, seen, text));
            var images = (Resolved(document, page.Data.GetValueOrDefault("Resources"), seen) as DictionaryToken)?.Data.GetValueOrDefault("XObject");
            foreach (var image in (Resolved(document, images, seen) as DictionaryToken)?.Data.Values ?? [])
            {
                Unreadable.Skipped(() =>
                {
                    if (Resolved(document, image, seen) is StreamToken drawn)
                    {
                        Xmp(document, drawn.StreamDictionary, seen, text);
                    }
                });
            }
        }));
        // What a screen reader reads in place of what is drawn: a figure's alternate text (Word
        // writes a picture's description there), an element's actual text, expansion and title.
        Unreadable.Skipped(() => Structure(document, catalog.GetValueOrDefault("StructTreeRoot"), seen, 0, text));
        // What the file does when it opens (a web address, a program, a script) and on its events.
        Unreadable.Skipped(() =>
        {
            if (Resolved(document, catalog.GetValueOrDefault("OpenAction"), seen) is DictionaryToken opening)
            {
                Strings(document, opening, text, 1);
            }

            Actions(document, catalog.GetValueOrDefault("AA"), seen, text);
        });
        // The name trees of its attached files and of its scripts (document-level JavaScript, run
        // when it opens, may write any name), and the number tree of its pages' labels ('Liite 3 /
        // ' before a page's number, shown in a viewer's page box).
        var names = Resolved(document, catalog.GetValueOrDefault("Names"), seen) as DictionaryToken;
        foreach (var (tree, key) in new[] { (names?.Data.GetValueOrDefault("EmbeddedFiles"), "Names"), (names?.Data.GetValueOrDefault("JavaScript"), "Names"), (catalog.GetValueOrDefault("PageLabels"), "Nums") })
        {
            Unreadable.Skipped(() => Walk(document, tree, seen, 0, node =>
            {
                foreach (var item in Resolved(document, node.Data.GetValueOrDefault(key), seen) is ArrayToken items ? items.Data : [])
                {
                    var value = Resolved(document, item, seen);
                    if (value is DictionaryToken dictionary)
                    {
                        Strings(document, dictionary, text);
                    }
                    else
                    {
                        text.Append(Words(value)).Append('\n');
                    }
                }
            }));
        }

        // Bookmarks are read from the file's own outline, not PdfPig's: it leaves out an item whose
        // destination is gone, as one is when a confidential appendix's pages are cut from a merged PDF.
        Unreadable.Skipped(() => Outline(document, (Resolved(document, catalog.GetValueOrDefault("Outlines"), seen) as DictionaryToken)?.Data.GetValueOrDefault("First"), seen, 0, text));

        return text.ToString();
    }

    // The XMP packet of a page or an image (its Metadata stream); one packed beyond a text box's
    // drawing's size is not unpacked (a bomb), one unpacked is read up to a megabyte.
    private static void Xmp(PdfDocument document, DictionaryToken owner, HashSet<IndirectReference> seen, StringBuilder text)
    {
        if (Resolved(document, owner.Data.GetValueOrDefault("Metadata"), seen) is StreamToken packet
            && packet.Data.Length <= (packet.StreamDictionary.Data.ContainsKey("Filter") ? MaxAppearance : 1 << 20))
        {
            XmlText.AppendPacket(packet.Decode(DefaultFilterProvider.Instance).ToArray(), 1 << 20, text);
        }
    }

    // The structure tree: each element (K: one, a list, or a marked content's number) with its texts.
    private static void Structure(PdfDocument document, IToken? node, HashSet<IndirectReference> seen, int depth, StringBuilder text)
    {
        switch (depth > 256 ? null : Resolved(document, node, seen))
        {
            case ArrayToken kids:
                foreach (var kid in kids.Data)
                {
                    Structure(document, kid, seen, depth + 1, text);
                }

                break;
            case DictionaryToken element:
                foreach (var key in (string[])["Alt", "ActualText", "E", "T"])
                {
                    var value = element.Data.GetValueOrDefault(key);
                    text.Append(Words(value is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data)?.Data : value)).Append('\n');
                }

                Structure(document, element.Data.GetValueOrDefault("K"), seen, depth + 1, text);
                break;
        }
    }

    // The actions a page or the file runs on its events (AA: opened, closed, printed), each read as a link's is.
    private static void Actions(PdfDocument document, IToken? events, HashSet<IndirectReference> seen, StringBuilder text)
    {
        foreach (var action in (Resolved(document, events, seen) as DictionaryToken)?.Data.Values ?? [])
        {
            if (Resolved(document, action, seen) is DictionaryToken dictionary)
            {
                Strings(document, dictionary, text, 1);
            }
        }
    }

    // A note's look (AP, its normal appearance N): a text box (FreeText) may hold its words only
    // there, as strings of its drawing operators ('(…) Tj'), which a viewer shows; read as runs of
    // text, as a file of no known layout is (FileStrings).
    private static void Appearance(PdfDocument document, DictionaryToken annotation, HashSet<IndirectReference> seen, StringBuilder text)
    {
        if ((Resolved(document, annotation.Data.GetValueOrDefault("AP"), seen) as DictionaryToken)?.Data.GetValueOrDefault("N") is var normal
            && Resolved(document, normal, seen) is StreamToken stream && stream.Data.Length <= MaxAppearance)
        {
            text.Append(FileStrings.Of(stream.Decode(DefaultFilterProvider.Instance).ToArray())).Append('\n');
        }
    }

    // A text box's drawing is a few hundred bytes; one of more, packed, might unpack to gigabytes.
    private const int MaxAppearance = 16 << 10;

    // An outline is a list of lists (First, Next), each item a bookmark's title and what it opens (A).
    private static void Outline(PdfDocument document, IToken? first, HashSet<IndirectReference> seen, int depth, StringBuilder text)
    {
        for (var item = Resolved(document, first, seen) as DictionaryToken; item is not null && depth <= 256; item = Resolved(document, item.Data.GetValueOrDefault("Next"), seen) as DictionaryToken)
        {
            var title = Resolved(document, item.Data.GetValueOrDefault("Title"), seen);
            text.Append(Words(title)).Append('\n');
            Strings(document, item, text);
            Outline(document, item.Data.GetValueOrDefault("First"), seen, depth + 1, text);
        }
    }

    // A tree of dictionaries (the pages, a form's fields, a name tree) read as dictionaries, not as
    // pages (whose content would be parsed): each object once, so a tree that leads round in a loop
    // ends, and no deeper than a stranger's file may make the stack.
    internal static void Walk(PdfDocument document, IToken? node, HashSet<IndirectReference> seen, int depth, Action<DictionaryToken> visit)
    {
        if (depth > 256 || Resolved(document, node, seen) is not DictionaryToken dictionary)
        {
            return;
        }

        visit(dictionary);
        foreach (var kid in Resolved(document, dictionary.Data.GetValueOrDefault("Kids"), seen) is ArrayToken kids ? kids.Data : [])
        {
            Walk(document, kid, seen, depth + 1, visit);
        }
    }

    // An action's chain (Next: a link that opens a page, then a file) is followed this far.
    private const int MaxActions = 16;

    // A field's, note's or attached file's words: its value (V), its author or name (T), its words
    // (Contents, and as rich text, RC), its subject (Subj), tooltip (TU), file names (F, UF) and
    // description (Desc), a web address (URI), a script (JS), a page label's prefix (P), and those of the file a note attaches (FS), of a file named by a file
    // specification (F), and of what a link or bookmark opens (A: another file, a program).
    private static void Strings(PdfDocument document, DictionaryToken dictionary, StringBuilder text, int depth = 0)
    {
        foreach (var key in (string[])["V", "T", "Contents", "RC", "Subj", "TU", "F", "UF", "Desc", "URI", "JS", "P"])
        {
            var value = dictionary.Data.GetValueOrDefault(key);
            value = value is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data)?.Data : value;
            // A long script is a stream of its own; a short one's bytes at most, as a text box's drawing (a bomb is not unpacked).
            var words = value is StreamToken script && key == "JS" && script.Data.Length <= MaxAppearance
                ? FileStrings.Of(script.Decode(DefaultFilterProvider.Instance).ToArray())
                : Words(value);
            text.Append(words).Append('\n').Append(key is "F" or "UF" ? ZipNames.Spaced(words) + "\n" : "");
        }

        // A link's second action and on (Next: one, or a list of them), a tree: followed from the
        // first dictionaries alone, and so far, so that one leading back into itself ends.
        var next = new Queue<IToken?>([dictionary.Data.GetValueOrDefault("Next")]);
        for (var i = 0; depth < 2 && i < MaxActions && next.TryDequeue(out var token); i++)
        {
            switch (token is IndirectReferenceToken n ? document.Structure.GetObject(n.Data)?.Data : token)
            {
                case ArrayToken list:
                    list.Data.Take(MaxActions).ToList().ForEach(next.Enqueue);
                    break;
                case DictionaryToken action:
                    Strings(document, action, text, 2);
                    next.Enqueue(action.Data.GetValueOrDefault("Next"));
                    break;
            }
        }

        // The file an action opens may be a file specification (F) or one for Windows (Win), read one level further.
        foreach (var key in (string[])["FS", "F", "A", "Win"])
        {
            var value = dictionary.Data.GetValueOrDefault(key);
            if (depth < 3 && (value is IndirectReferenceToken r ? document.Structure.GetObject(r.Data)?.Data : value) is DictionaryToken part)
            {
                Strings(document, part, text, depth + 1);
            }
        }
    }

    // A text string's words. PDF 2.0 writes one in UTF-8 after its byte order mark, which PdfPig
    // decodes as PDFDocEncoding ('Ã¤' for 'ä'): its bytes are decoded again.
    private static string Words(IToken? token) => token switch
    {
        StringToken s when s.Data.StartsWith("\u00EF\u00BB\u00BF", StringComparison.Ordinal) => Encoding.UTF8.GetString(s.GetBytes().AsSpan(3)),
        StringToken s => s.Data,
        HexToken h when h.Bytes is [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(h.Bytes[3..]),
        HexToken h => h.Data,
        _ => "",
    };

    internal static IToken? Resolved(PdfDocument document, IToken? token, HashSet<IndirectReference> seen) =>
        token is IndirectReferenceToken reference
            ? seen.Count < MaxObjects && seen.Add(reference.Data) ? document.Structure.GetObject(reference.Data)?.Data : null
            : token;

    // An XML form's parts beyond this (a template with pictures inlined) are not read further.
    private const long MaxFormCharacters = 64L << 20;

    // More objects than any document's pages and notes are not walked.
    private const int MaxObjects = 1_000_000;
}
