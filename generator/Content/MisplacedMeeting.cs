using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>
/// A meeting file saved outside meetings/ ('kokoukset/', after the meeting pages' address, or
/// 'Meetings/') is read as a decision, and was a dozen errors about a decision's missing fields,
/// none saying where meeting files go. It is told by what it holds, not by where it lies: a
/// meeting's fields ('number', 'place', …) and none of a decision's, whose date and organ are its
/// own fields where a meeting's are its path. A file with any field of a decision stays a decision.
/// </summary>
internal static class MisplacedMeeting
{
    private static readonly string[] MeetingOnly = ["number", "place", "time", "attendees", "minutes_public"];

    /// <summary>True, with one error saying where the file belongs, when the front matter is a meeting's.</summary>
    public static bool Check(YamlMapping yaml, string language, string relativeKey, string shownPath, SiteConfig config, DiagnosticBag diagnostics)
    {
        var keys = yaml.Entries.Select(e => e.Key).ToList();
        var meetingFields = keys.Where(k => MeetingOnly.Contains(MeetingFields.All.Contains(k) ? k : MeetingFields.LocalNames.GetValueOrDefault(k))).ToList();
        if (meetingFields.Count == 0 || keys.Any(k => k != "status" && (DecisionFields.All.Contains(k) || DecisionFields.LocalNames.ContainsKey(k))))
        {
            return false;
        }

        // The folders above the file are the language's and the key's: 'content/fi/' of 'content/fi/kokoukset/kh/2025-03-14.md'.
        var languageFolder = shownPath.EndsWith(relativeKey + ".md", StringComparison.Ordinal) ? shownPath[..^(relativeKey.Length + 3)] : $"content/{language}/";
        var parts = relativeKey.Split('/');
        var meant = parts.Length >= 2 && config.FindBody(parts[^2]) is not null && IsoDate.TryParse(parts[^1], out _)
            ? $"{languageFolder}{MeetingLoader.Folder}/{parts[^2]}/{parts[^1]}.md"
            : $"{languageFolder}{MeetingLoader.Folder}/<organ>/<YYYY-MM-DD>.md";
        diagnostics.Error(DiagnosticCodes.MeetingFileInvalid, yaml.LocationOf(meetingFields[0]),
            $"this is a meeting file ('{meetingFields[0]}', and no 'title', 'date' or 'body' of a decision), which is read only in the folder {MeetingLoader.Folder}/: move it to {meant}");
        return true;
    }
}
