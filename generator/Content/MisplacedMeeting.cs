using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>
/// A meeting file saved outside meetings/ ('kokoukset/', after the meeting pages' address, or
/// 'Meetings/') would be read as a decision, with errors about a decision's missing fields that
/// do not say where meeting files go. It is told by what it holds, not by where it lies: a
/// meeting's fields ('number', 'place', …) and none of a decision's, whose date and organ are its
/// own fields where a meeting's are its path. A file with any field of a decision stays a decision.
/// </summary>
internal static class MisplacedMeeting
{
    private static readonly string[] MeetingOnly = ["number", "place", "time", "attendees", "minutes_public"];

    /// <summary>True, with one error saying where the file belongs, when the front matter is a meeting's.</summary>
    public static bool Check(YamlMapping yaml, string language, string relativeKey, string shownPath, SiteConfig config, DiagnosticBag diagnostics)
    {
        // The first meeting field, looked for without a list of keys: every decision file is read so.
        string? field = null;
        foreach (var (key, _, _) in yaml.Entries)
        {
            if (key != "status" && (DecisionFields.All.Contains(key) || DecisionFields.LocalNames.ContainsKey(key)))
            {
                return false;
            }

            if (field is null && MeetingOnly.Contains(MeetingFields.All.Contains(key) ? key : MeetingFields.LocalNames.GetValueOrDefault(key)))
            {
                field = key;
            }
        }

        if (field is null)
        {
            return false;
        }

        // The folders above the file are the language's and the key's: 'content/fi/' of 'content/fi/kokoukset/kh/2025-03-14.md'.
        var languageFolder = shownPath.EndsWith(relativeKey + ".md", StringComparison.Ordinal) ? shownPath[..^(relativeKey.Length + 3)] : $"content/{language}/";
        var parts = relativeKey.Split('/');
        var (folder, at) = (MeetingLoader.Folder, yaml.LocationOf(field));
        if (parts.Length >= 2 && config.FindBody(parts[^2]) is not null && IsoDate.TryParse(parts[^1], out _))
        {
            var meant = $"{languageFolder}{folder}/{parts[^2]}/{parts[^1]}.md";
            diagnostics.Error(DiagnosticCodes.MeetingFileInvalid, at,
                $"this is a meeting file ('{field}', and no 'title', 'date' or 'body' of a decision), which is read only in the folder {folder}/: move it to {meant}");
        }
        else
        {
            var meetings = $"{languageFolder}{folder}/";
            diagnostics.Error(DiagnosticCodes.MeetingFileInvalid, at,
                $"this is a meeting file ('{field}', and no 'title', 'date' or 'body' of a decision), which is read only in the folder {folder}/: move it into its organ's folder under {meetings}, named by the meeting's date (for example {folder}/kaupunginhallitus/2025-03-10.md)");
        }
        return true;
    }
}
