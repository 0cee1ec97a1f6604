using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Incremental;

/// <summary>
/// The fingerprints of one build's files, by which serve skips files whose inputs did not change. Every file
/// depends on what is site-wide — the templates folder (templates, partials, i18n, assets, appeal
/// texts), and the whole model except decisions' Markdown bodies, known by what it is made of
/// (<see cref="ModelInputs"/>) and by each decision page as published — so every fingerprint holds
/// <see cref="AllButBodies"/>. A decision's page and data also hold all of the decision; the open data of a
/// language all of its decisions. So a body edit makes only those files again, and any other
/// edit remakes everything: slower, never stale.
/// </summary>
public sealed class Fingerprints
{
    // Filled before any reader sees it and only read after, so threads share it without locks, and
    // without the node a concurrent dictionary makes for every page.
    private readonly Dictionary<DecisionPage, Fingerprint> pages;
    // A page not among the model's decisions, asked for by a producer.
    private readonly ConcurrentDictionary<DecisionPage, Fingerprint> others = new(ReferenceEqualityComparer.Instance);
    private readonly ModelHasher hasher;
    private readonly Lock gate = new();

    private Fingerprints(Fingerprint site, Dictionary<DecisionPage, Fingerprint> pages, ModelHasher hasher)
    {
        AllButBodies = site;
        this.pages = pages;
        this.hasher = hasher;
    }

    /// <summary>Of everything but decisions' bodies: the fingerprint of files that show no body.</summary>
    public Fingerprint AllButBodies { get; }

    /// <param name="inputs">Of what the model was made from (<see cref="ModelInputs"/>).</param>
    public static Fingerprints Compute(SiteModel site, Fingerprint templates, Fingerprint inputs, ModelHashCache cache)
    {
        var count = site.Decisions.Count;
        var wholes = System.Buffers.ArrayPool<Fingerprint>.Shared.Rent(count);
        var pages = System.Buffers.ArrayPool<Fingerprint>.Shared.Rent(count + 2);

        // Each decision's fingerprints are looked up in the cache once, on both cores: this runs
        // between the Model stage and the producers, with nothing beside it, and its look-ups of
        // 20,000 decisions and pages are most of its time. A hasher's memo and buffers are one
        // thread's, so each half has its own; the cache is shared.
        var half = (count + 1) / 2;
        Parallel.For(0, 2, part =>
        {
            var hasher = new ModelHasher(cache);
            for (var i = part * half; i < Math.Min(count, (part + 1) * half); i++)
            {
                var page = site.Decisions[i];
                var (whole, withoutBody) = hasher.Both(page.Decision);
                var pathAndLinks = hasher.PathAndLinks(page);
                pages[i] = Fingerprint.Of(withoutBody, pathAndLinks);
                wholes[i] = Fingerprint.Of(whole, pathAndLinks);
            }
        });

        // Besides the inputs, each page as published, in order (what the law made of its decision,
        // its links), and the expiries of personal data, which marks in bodies give.
        var hasher = new ModelHasher(cache);
        pages[count] = inputs;
        pages[count + 1] = hasher.Of(site.Council.Expiries);
        var stamp = Fingerprint.Of(templates, Fingerprint.Of(pages.AsSpan(0, count + 2)));
        var full = new Dictionary<DecisionPage, Fingerprint>(count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < count; i++)
        {
            full[site.Decisions[i]] = Fingerprint.Of(stamp, wholes[i]);
        }

        System.Buffers.ArrayPool<Fingerprint>.Shared.Return(wholes);
        System.Buffers.ArrayPool<Fingerprint>.Shared.Return(pages);
        return new Fingerprints(stamp, full, hasher);
    }

    /// <summary>A decision's own files (its page, its data): the site and all of the decision.</summary>
    public Fingerprint Of(DecisionPage page)
    {
        if (pages.TryGetValue(page, out var known) || others.TryGetValue(page, out known))
        {
            return known;
        }

        lock (gate)
        {
            return others.GetOrAdd(page, p => Fingerprint.Of(AllButBodies, hasher.Page(p)));
        }
    }

    /// <summary>Of every file in the templates folder (templates, i18n, assets, appeal texts; <see cref="Configuration.ThemeFiles"/>), names and bytes.</summary>
    public static Fingerprint Templates(string folder, IReadOnlyList<string> files)
    {
        using var bytes = new MemoryStream();
        Span<byte> content = stackalloc byte[16];
        foreach (var file in files)
        {
            bytes.Write(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\0"));
            Fingerprint.Of(File.ReadAllBytes(file)).CopyTo(content);
            bytes.Write(content);
        }

        return Fingerprint.Of(bytes.ToArray());
    }
}
