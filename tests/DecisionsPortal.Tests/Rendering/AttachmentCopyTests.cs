using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>An attachment removed while the site is built (a pull or a save meanwhile) is the editor's error at its line, not an error of ours.</summary>
public sealed class AttachmentCopyTests
{
    [Fact]
    public void An_attachment_gone_between_load_and_render_is_reported_at_its_line_and_nothing_is_published()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(extra: "attachments: [{ title: Kutsu, file: kutsu.txt }]")}
            -- content/fi/2025/kutsu.txt --
            Kutsu
            """);
        var model = site.Build().Site!;
        File.Delete(Path.Combine(site.Root, "content/fi/2025/kutsu.txt"));
        var diagnostics = new DiagnosticBag();

        var files = RenderInMemory.Files(model, diagnostics, [i => new AttachmentProducer(i.Site, i.Diagnostics)]);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.AttachmentMissing, true), (error.Code, error.Location.Path.EndsWith("fi/2025/a.md", StringComparison.Ordinal)));
        Assert.DoesNotContain(files ?? [], f => f.Path.EndsWith("kutsu.txt", StringComparison.Ordinal));
    }
}
