using DecisionsPortal.Rendering;
using DecisionsPortal.Rendering.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime.Accessors;

namespace DecisionsPortal.Tests.Rendering;

public sealed class ViewAccessorTests
{
    // Every record a template can reach, with values in every member (bools true and false).
    public static TheoryData<object> Views() =>
    [
        new AlternateView("sv", "Svenska", "/sv/", "https://example.org/sv/", false, true, "ingen översättning"),
        new AlternateView("fi", "Suomi", "/fi/", "https://example.org/fi/", true, false, "ei käännöstä"),
        new DecisionSummaryView("Title", "/fi/x/", "1.2.2025", "2025-02-01", "Board", "sv", "Svenska", true, "på svenska"),
        new LinkView("Label", "/fi/y/", 3),
        new PageLinkView(7, "/fi/sivu/7/", false, true),
        new PaginationView(2, 9, "/fi/", null, [new PageLinkView(1, "/fi/", false, false)]),
        new PersonView("Name", null, "/fi/henkilo/name/"),
        new CitationView("Site. Board 1.2.2025 § 3: Title.", "https://example.org/fi/x/", "How to cite"),
        new AttachmentView("Liite", "/fi/x/liite.pdf", "PDF", "1,2 Mt"),
        new FeedView("Feed", "/fi/feed.xml"),
        new HandlingView(new DecisionSummaryView("T", "/fi/x/", "1.2.2025", "2025-02-01", "Board", "fi", "Suomi", false, ""), 12, "Käsitelty", null),
    ];

    [Theory]
    [MemberData(nameof(Views))]
    public void Templates_see_the_same_members_and_values_as_through_Scriban_reflection(object view)
    {
        var context = new TemplateContext();
        var reflected = new TypedObjectAccessor(view.GetType(), null, context.MemberRenamer);
        var compiled = ViewAccessor.For(view.GetType());

        var members = reflected.GetMembers(context, default, view).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(members, compiled.GetMembers(context, default, view).Order(StringComparer.Ordinal));
        foreach (var member in members)
        {
            Assert.True(reflected.TryGetValue(context, default, view, member, out var expected));
            Assert.True(compiled.TryGetValue(context, default, view, member, out var actual));
            Assert.Equal(expected, actual);
        }

        Assert.False(compiled.TryGetValue(context, default, view, "no_such_member", out _));
    }

    [Fact]
    public void Only_our_own_view_objects_are_read_by_compiled_getters()
    {
        Assert.True(ViewAccessor.Serves(new LinkView("a", "/a/")));
        Assert.False(ViewAccessor.Serves("text"));
        Assert.False(ViewAccessor.Serves(new Scriban.Runtime.ScriptObject()));
        Assert.False(ViewAccessor.Serves(new List<LinkView>()));
        Assert.False(ViewAccessor.Serves(new SourceSpan()));
    }
}
