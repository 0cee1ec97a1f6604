using DecisionsPortal.Shared;

namespace DecisionsPortal.Rendering;

/// <summary>What the Render stage keeps between serve's builds.</summary>
public sealed class RenderCache
{
    /// <summary>What the last good build wrote, file by file (its inputs' and its bytes' fingerprints).</summary>
    public Output.PreviousOutput Previous { get; } = new();

    /// <summary>Each decision's bytes in its language's decisions.json and decisions.csv.</summary>
    public RecordCache Records { get; } = new();

    /// <summary>The templates as last parsed without a message, with the templates folder (its path and fingerprint) they were parsed from.</summary>
    internal (string Directory, Fingerprint Folder, TemplateSet Set)? Templates { get; set; }

    /// <summary>The theme's static files as last published (scripts minified), with the templates folder's path, the fingerprint of its assets folder and the base path they were made for.</summary>
    internal (string Directory, Fingerprint Folder, string BasePath, AssetCatalog Assets)? Assets { get; set; }

    /// <summary>The output paths claimed by the builds so far (only the running build's count).</summary>
    internal Output.PathClaims Claims { get; } = new();

    /// <summary>Forgets what depends on site.yml. The templates and the static files stay: they are kept by all they are made from.</summary>
    public void Clear()
    {
        Records.Clear();
        Previous.ForgetInputs();
    }
}
