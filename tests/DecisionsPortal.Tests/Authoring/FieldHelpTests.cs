using System.Reflection;
using DecisionsPortal.Authoring;

namespace DecisionsPortal.Tests.Authoring;

/// <summary>The comments <c>new</c> and <c>import</c> write are in the message catalogue: every text in Finnish and Swedish as well as English.</summary>
public sealed class FieldHelpTests
{
    [Fact]
    public void Every_comment_is_written_in_Finnish_Swedish_and_English()
    {
        var fields = ((Dictionary<string, string>)typeof(FieldHelp).GetField("Texts", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!).Keys;

        Assert.All(fields, field => Assert.All(new[] { "fi", "sv" }, language => Assert.DoesNotContain("[en]", FieldHelp.For(language, field, "x"), StringComparison.Ordinal)));
        Assert.Equal("Liitteet, esim. [{ title: Kutsu, file: kutsu.pdf }]; tiedosto tämän tiedoston viereen. Vapaaehtoinen.", FieldHelp.For("fi", "attachments"));
        Assert.Equal("Vapaaehtoinen; OHJE.md kertoo, mitä kenttään kirjoitetaan.", FieldHelp.For("fi", "other"));
        Assert.Equal("Frivilligt; ANVISNING.md berättar vad fältet ska innehålla.", FieldHelp.For("sv", "other"));
    }
}
