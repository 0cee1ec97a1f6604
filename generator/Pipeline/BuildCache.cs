using DecisionsPortal.Content;
using DecisionsPortal.Rendering;

namespace DecisionsPortal.Pipeline;

/// <summary>
/// What one build may keep for the next, so that <c>serve</c> redoes only the work an edit
/// touched. Each stage owns its part; a one-off <c>build</c> runs the same stages with an empty
/// cache, so every build exercises the code serve runs. Whoever owns the cache clears it when site.yml changes.
/// </summary>
public sealed class BuildCache
{
    /// <summary>The Configure stage: the i18n files, by path, time and size.</summary>
    public Configuration.LanguageStringsCache Strings { get; } = new();

    /// <summary>The Load stage: each decision file's parse, by path, time and size.</summary>
    public ParsedFileCache ParsedFiles { get; } = new();

    /// <summary>The attachments' texts (PDFs), read once by file, size and time: the Model stage's check of marked words and search both read them.</summary>
    public AttachmentTextCache Attachments { get; private set; } = new();

    /// <summary>
    /// The fingerprints of what the model is made from, by object: taken before the Model stage
    /// (of the whole input) and again by the Render stage (of each page's), so an unchanged decision
    /// is hashed once a serve session. The pipeline's, as no one stage owns them.
    /// </summary>
    public Incremental.ModelHashCache Hashes { get; } = new();

    /// <summary>The Render stage: parsed templates, and fingerprints of the files the last good build made.</summary>
    public RenderCache Render { get; } = new();

    /// <summary>The search index: each decision's analysis, by language and page.</summary>
    public Search.SearchCache Search { get; } = new();

    /// <summary>The Model stage: what each decision's own text gives (its links).</summary>
    public Site.ModelCache Model { get; } = new();

    public void Clear()
    {
        Strings.Clear();
        ParsedFiles.Clear();
        Hashes.Clear();
        Render.Clear();
        Search.Clear();
        Model.Clear();
        Attachments = new AttachmentTextCache();
    }
}
