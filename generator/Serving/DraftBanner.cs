using DecisionsPortal.Site;

namespace DecisionsPortal.Serving;

/// <summary>
/// serve builds with drafts, so that an editor sees them; this notice at the top of a draft's page
/// keeps a draft from being taken for a published decision. Injected by serve only (as the reload
/// script is), never by build, and plain markup, so it shows without CSS and without JavaScript.
/// </summary>
public sealed class DraftBanner(Func<SiteModel?> currentModel)
{
    private readonly Lock gate = new();
    private SiteModel? model;
    private IReadOnlyDictionary<string, string> pages = new Dictionary<string, string>();

    public byte[] Inject(string path, byte[] html)
    {
        if (!DraftPages().TryGetValue(path, out var language))
        {
            return html;
        }

        var text = System.Text.Encoding.UTF8.GetString(html);
        var main = text.IndexOf("<main", StringComparison.OrdinalIgnoreCase);
        var at = main >= 0 ? text.IndexOf('>', main) + 1 : text.IndexOf('>', Math.Max(0, text.IndexOf("<body", StringComparison.OrdinalIgnoreCase))) + 1;
        return System.Text.Encoding.UTF8.GetBytes(text.Insert(at, Notice(language)));
    }

    public static string Notice(string language) =>
        $"\n<p class=\"serve-draft\" role=\"note\"><strong>{language switch
        {
            "fi" => "LUONNOS: tätä päätöstä ei julkaista (draft: true). Vain serve näyttää sen; build jättää sen pois.",
            "sv" => "UTKAST: detta beslut publiceras inte (draft: true). Bara serve visar det; build lämnar bort det.",
            _ => "DRAFT: this decision is not published (draft: true). Only serve shows it; build leaves it out.",
        }}</strong></p>\n";

    // The draft pages of the build being rendered (the model is made before any page), by the file's path.
    private IReadOnlyDictionary<string, string> DraftPages()
    {
        var current = currentModel();
        lock (gate)
        {
            if (!ReferenceEquals(current, model))
            {
                model = current;
                pages = (current?.Decisions ?? [])
                    .Where(p => p.Decision.Draft)
                    .ToDictionary(p => p.Path + "index.html", p => p.Language, StringComparer.Ordinal);
            }

            return pages;
        }
    }
}
