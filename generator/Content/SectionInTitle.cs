using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>
/// A section's heading in the minutes is its number and its title, '§ 202 Pääkirjaston
/// aukioloajat', and is copied whole into 'title:'; the page shows 'section' beside the title
/// itself, so the number would be shown twice and lead every listing. Warned at with both fields to write.
/// </summary>
public static partial class SectionInTitle
{
    private const string Message = "'title' begins with the section number '{0}', as the minutes write the heading, and the page shows the section beside the title itself: write the title alone, 'title: {1}', and the number as 'section: {2}'";

    // 'section:' holds one number: which of them is this decision's, the editor knows.
    private const string Several = "'title' begins with the section numbers '{0}', as the minutes write the heading of sections dealt with together, and the page shows the section beside the title itself: write the title alone, 'title: {1}', and the section of this decision only, e.g. 'section: {2}'";

    public static void Check(YamlMapping yaml, string? title, DiagnosticBag diagnostics)
    {
        if (title is not null && Numbered().Match(title) is { Success: true } heading)
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, yaml.ValueLocation("title"),
                MessageText.Format(heading.Groups["more"].Length > 0 ? Several : Message,
                    heading.Groups["written"].Value.Trim(), heading.Groups["title"].Value, heading.Groups["number"].Value));
        }
    }

    // '§ 202', '§202.', '202 §', '202. §', then a full stop, colon or dash, and the title; or
    // several sections, '§ 12 ja § 13', '12 § och 13 §', '§§ 12–13', '§ 12, § 13', whose numbers
    // are taken whole (atomic), so that 'ja § 13' is never read as the title. A dash with a space
    // after it and a bare number, '§ 12 – 100 vuotta', sets off a title that begins with a number;
    // it is a range only after '§§' or with a '§' at the number ('§ 12 – § 13').
    [GeneratedRegex(@"^(?<written>(?:§{1,2}\s*(?<number>[0-9]{1,4})\.?|(?<number>[0-9]{1,4})\.?\s*§)(?<more>(?>(?:\s*(?:,|&|ja|och|and)\s*§{0,2}\s*[0-9]{1,4}\.?(?:\s*§)?|\s*[–—-](?:§{1,2}\s*)?[0-9]{1,4}\.?(?:\s*§)?|\s*[–—-]\s*§{1,2}\s*[0-9]{1,4}\.?(?:\s*§)?|\s*[–—-]\s*[0-9]{1,4}\.?\s*§|(?<=^§§.*)\s*[–—-]\s*[0-9]{1,4}\.?|\s*§{1,2}\s*[0-9]{1,4}\.?|\s+[0-9]{1,4}\.?\s*§)*)))\s*[.:–—-]?\s+(?<title>\S.*)$")]
    private static partial Regex Numbered();
}
