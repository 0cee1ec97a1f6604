using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Configuration;

/// <summary>
/// site.yml <c>data_licence: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }</c>:
/// optional, but when given both parts must be there and the address absolute, since pages,
/// feeds and the JSON link it for reusers to read.
/// </summary>
public static class DataLicenceReader
{
    public const string Key = "data_licence";

    private static readonly string[] Keys = ["name", "url"];

    public static DataLicence? Read(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        if (yaml.Mapping(Key) is not { } map)
        {
            return null;
        }

        foreach (var (key, keyNode, _) in map.Entries.Where(e => !Keys.Contains(e.Key)))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidDataLicence, map.Source.At(keyNode), $"unknown key '{key}' in '{Key}'{Suggestions.DidYouMean(key, Keys)}; it takes a name and a url");
        }

        var name = map.String("name")?.Trim();
        var url = map.String("url")?.Trim();
        var valid = true;
        if (string.IsNullOrEmpty(name))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidDataLicence, map.Has("name") ? map.ValueLocation("name") : map.Location, $"'{Key}' needs a name, e.g. name: CC BY 4.0");
            valid = false;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidDataLicence, map.Has("url") ? map.ValueLocation("url") : map.Location,
                $"'{Key}' needs the url of the licence's terms, an absolute http(s) address such as https://creativecommons.org/licenses/by/4.0/{(url is null ? MessageText.Empty : MessageText.Of($", not '{url}'"))}");
            valid = false;
        }

        return valid ? new DataLicence(name!, address!) : null;
    }
}
