namespace DecisionsPortal.Bench.Corpus;

/// <summary>
/// Writes the first N decisions of a corpus into every site, decisions in parallel. A stamp file
/// remembers what was written, so a second run of the harness on the same size reuses the corpus.
/// </summary>
public static class CorpusWriter
{
    // Bump when the corpus or the sites' files change shape, so stale corpora are rewritten.
    private const int FormatVersion = 1;

    public static bool Ensure(SyntheticCorpus corpus, int size, IReadOnlyList<ICorpusSite> sites, string stampFile)
    {
        var stamp = $"format {FormatVersion}; {size} decisions; {corpus.Describe()}; sites {string.Join(", ", sites.Select(s => s.Root))}";
        if (File.Exists(stampFile) && File.ReadAllText(stampFile) == stamp && sites.All(s => Directory.Exists(s.Root)))
        {
            return false;
        }

        foreach (var site in sites)
        {
            if (Directory.Exists(site.Root))
            {
                Directory.Delete(site.Root, recursive: true);
            }

            site.WriteConfiguration();
        }

        Parallel.For(0, size, i =>
        {
            var decision = corpus.Decision(i);
            foreach (var site in sites)
            {
                site.WriteDecision(decision);
            }
        });
        Directory.CreateDirectory(Path.GetDirectoryName(stampFile)!);
        File.WriteAllText(stampFile, stamp);
        return true;
    }
}
