using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>
/// A degree copied with a name from the minutes ('KTM Matti Ruotsalainen') is read as part of the
/// name, and the person gets a second page: DP0194 gives the name alone and the degree in the title.
/// </summary>
public sealed class DegreeInNameTests
{
    private static IReadOnlyList<Diagnostic> Build(string presenter)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish().Replace(
            "presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }", presenter));
        return site.Build().Diagnostics;
    }

    [Theory]
    [InlineData("presenter: { name: KTM Olli Esimerkki, title: Kaupunginjohtaja }", "KTM", "KTM Olli Esimerkki", "{ name: Olli Esimerkki, title: \"Kaupunginjohtaja, KTM\" }")]
    [InlineData("presenter: { name: \"Olli Esimerkki, KTM\", title: Kaupunginjohtaja }", "KTM", "Olli Esimerkki, KTM", "{ name: Olli Esimerkki, title: \"Kaupunginjohtaja, KTM\" }")]
    [InlineData("presenter: { name: Olli Esimerkki FM }", "FM", "Olli Esimerkki FM", "{ name: Olli Esimerkki, title: FM }")]
    [InlineData("presenter: Kaupunginjohtaja Olli Esimerkki KTM", "KTM", "Olli Esimerkki KTM", "{ name: Olli Esimerkki, title: \"Kaupunginjohtaja, KTM\" }")]
    [InlineData("presenter: Kaupunginjohtaja Olli Esimerkki, KTM", "KTM", "Olli Esimerkki, KTM", "{ name: Olli Esimerkki, title: \"Kaupunginjohtaja, KTM\" }")]
    [InlineData("presenter: Olli Esimerkki, KTM", "KTM", "Olli Esimerkki, KTM", "{ name: Olli Esimerkki, title: KTM }")]
    public void A_degree_read_as_part_of_the_name_is_moved_into_the_title(string presenter, string degree, string read, string meant)
    {
        var diagnostics = Build(presenter);
        var warning = Assert.Single(diagnostics, d => d.Code == "DP0194");
        Assert.DoesNotContain(diagnostics, d => d.IsError);

        Assert.False(warning.IsError);
        Assert.Equal(6, warning.Location.Line);
        Assert.Equal($"'presenter' holds the degree '{degree}', which is read as part of the name, so the person pages and search show '{read}' as another person than 'Olli Esimerkki': write the name without the degree, and the degree, if it is to be shown, in the title: `presenter: {meant}`", warning.Message);
    }

    // The one line is the title, the name and the degree, as the signature of the minutes writes
    // them: the same person as the two lines, not 'Esimerkki, FM' titled 'Kaupunginjohtaja Olli'.
    [Theory]
    [InlineData("Kaupunginjohtaja Olli Esimerkki, FM", "{ name: \"Olli Esimerkki, FM\", title: Kaupunginjohtaja }")]
    [InlineData("Kaupunginjohtaja Olli Esimerkki FM", "{ name: Olli Esimerkki FM, title: Kaupunginjohtaja }")]
    [InlineData("Vs. kaupunginjohtaja Olli Esimerkki, FM, MBA", "{ name: \"Olli Esimerkki, FM, MBA\", title: Vs. kaupunginjohtaja }")]
    [InlineData("Olli Esimerkki, FM", "{ name: \"Olli Esimerkki, FM\" }")]
    // The no-break spaces Word keeps a title and a name together with, which no one sees.
    [InlineData("Kaupunginjohtaja\u00a0Olli Esimerkki", "{ name: Olli Esimerkki, title: Kaupunginjohtaja }")]
    [InlineData("Kaupunginjohtaja Olli\u00a0Esimerkki", "{ name: Olli Esimerkki, title: Kaupunginjohtaja }")]
    [InlineData("Kaupunginjohtaja Olli Esimerkki,\u00a0FM", "{ name: \"Olli Esimerkki, FM\", title: Kaupunginjohtaja }")]
    [InlineData("{ name: Olli\u00a0Esimerkki, title: Kaupunginjohtaja }", "{ name: Olli Esimerkki, title: Kaupunginjohtaja }")]
    public void A_title_name_and_degree_on_one_line_publish_the_person_the_braces_do(string line, string braced)
    {
        Assert.Equal(Presenter("presenter: " + braced), Presenter("presenter: " + line));
    }

    private static string Presenter(string presenter)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish().Replace(
            "presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }", presenter));
        Assert.True(site.Build().Succeeded);
        using var data = System.Text.Json.JsonDocument.Parse(site.Read("fi/decisions.json"));
        return data.RootElement.GetProperty("decisions")[0].GetProperty("presenter").GetRawText();
    }

    [Theory]
    [InlineData("presenter: Kaupunginjohtaja, KTM Olli Esimerkki")] // the degree is the title's
    [InlineData("presenter: { name: Km Esimerkki, title: Kaupunginjohtaja }")]
    [InlineData("presenter: { name: Olli Esimerkki, title: \"Kaupunginjohtaja, KTM\" }")]
    public void A_name_read_without_a_degree_is_not_told(string presenter) =>
        Assert.DoesNotContain(Build(presenter), d => d.Code is "DP0194" or "DP0016");
}
