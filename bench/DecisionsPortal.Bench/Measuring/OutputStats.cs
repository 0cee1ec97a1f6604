namespace DecisionsPortal.Bench.Measuring;

/// <summary>What a build left in its output folder: HTML pages, all files, and their bytes.</summary>
public sealed record OutputStats(int Pages, int Files, long Bytes)
{
    public static OutputStats Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new OutputStats(0, 0, 0);
        }

        int pages = 0, files = 0;
        long bytes = 0;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            files++;
            bytes += file.Length;
            if (file.Extension == ".html")
            {
                pages++;
            }
        }

        return new OutputStats(pages, files, bytes);
    }
}
