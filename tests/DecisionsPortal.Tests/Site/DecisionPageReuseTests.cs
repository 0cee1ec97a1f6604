using System.Reflection;
using DecisionsPortal.Site;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// serve keeps an unchanged decision's page from build to build when the new page equals the old
/// one field by field (ModelCache.Same). A field added to DecisionPage but not compared there would
/// let serve keep a page whose new field changed, and write a stale page that a clean build would not.
/// </summary>
public sealed class DecisionPageReuseTests
{
    [Fact]
    public void Every_field_of_a_decision_page_is_one_that_reuse_compares()
    {
        var fields = typeof(DecisionPage).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

        // Decision is the key, Language is derived from it; Path, Translations and Links are compared.
        Assert.Equal(["Decision", "Language", "Links", "Path", "Translations"], fields);
    }
}
