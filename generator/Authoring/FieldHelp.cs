using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Authoring;

/// <summary>
/// The comment written beside each field of a new decision file, and the review notes at the top
/// of an imported one, in the file's language when we have it (Finnish, Swedish), else in English. "{0}" is replaced by the ids site.yml allows.
/// The English text is the key of its translations in the message catalogue (Diagnostics/Messages/authoring.txt), as a message's is.
/// </summary>
public static class FieldHelp
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["intro"] = "A new decision. Fill in the fields; the text after # is help for you. The preparation text goes below the last --- line.",
        ["title"] = "A short title that says what was decided.",
        ["date"] = "The date of the decision as YYYY-MM-DD, e.g. 2025-01-29.",
        ["body"] = "The organ that decided, one of: {0}.",
        ["section"] = "The section (§) number in the minutes, e.g. 12. Optional.",
        ["dnro"] = "The diary number, e.g. KEMI/123/00.01.02/2025. Optional.",
        ["preparer"] = "Who prepared the matter.",
        ["presenter"] = "Who presented it.",
        ["name"] = "Name, e.g. Jane Example.",
        ["person_title"] = "Office held, e.g. City Manager.",
        ["proposal"] = "The proposal. For several lines write 'proposal: |' and indent the text on the lines below.",
        ["decision"] = "What was decided, e.g. The proposal was approved. Optional.",
        ["topics"] = "Topics in square brackets, separated by commas, from: {0}. Optional.",
        ["attachments"] = "Attachments, e.g. [{{ title: Invitation, file: invitation.pdf }}]; the file beside this one. Optional.",
        ["draft"] = "true keeps the decision off the site until it is ready.",
        ["confidential"] = "true: the decision is confidential; the site shows only its title, organ, date and section.",
        ["key"] = "Only if the translation's file name differs: the same key in both files. Usually empty.",
        ["translate"] = "Translate: {0}",
        ["other"] = "Optional; the editors' guide (OHJE.md, ANVISNING.md) says what to write here.",
        ["import_intro"] = "Imported from {0}: a draft. Review it, delete these notes, and set 'draft: false' to publish.",
        ["import_no_repair"] = "REVIEW: no OCR repair was done (libvoikko is not installed): look for lost ä and ö.",
        ["import_title"] = "REVIEW: the text had no title; this one was made from the proposal.",
        ["import_repaired"] = "Repaired by the spell checker (line of the original: as scanned → as written here):",
        ["import_review"] = "REVIEW: not repaired, kept as scanned (a name, a typo, or more than one possible word):",
        ["import_could_be"] = "could be: {0}",
    };

    private static readonly Dictionary<string, MessageCatalogue?> Catalogues = MessageCatalogue.Languages.ToDictionary(l => l, MessageCatalogue.For, StringComparer.Ordinal);

    public static string For(string language, string field, string? argument = null) =>
        MessageText.Format(Texts[field], argument).Render(Catalogues.GetValueOrDefault(language));
}
