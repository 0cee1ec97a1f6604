using System.Text;
using DecisionsPortal.Serving;

namespace DecisionsPortal.Tests.Serving;

/// <summary>serve's reload tag goes before the page's last closing body tag, in whatever case it is written, else at the end.</summary>
public sealed class ReloadScriptTests
{
    private const string Tag = "<script src=\"/_serve/reload.js\" defer></script>\n";

    [Theory]
    [InlineData("<html><body><p>ä</p></body>\n</html>\n", "<html><body><p>ä</p>" + Tag + "</body>\n</html>\n")]
    [InlineData("<body><p>&lt;/body&gt;</p></BODY></html>", "<body><p>&lt;/body&gt;</p>" + Tag + "</BODY></html>")]
    [InlineData("<body><pre></body></pre></Body>", "<body><pre></body></pre>" + Tag + "</Body>")]
    [InlineData("<p>no body</p></bod", "<p>no body</p></bod" + Tag)]
    [InlineData("", Tag)]
    public void The_tag_goes_before_the_last_closing_body_tag_or_at_the_end(string page, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(ReloadScript.Inject(Encoding.UTF8.GetBytes(page))));
    }
}
