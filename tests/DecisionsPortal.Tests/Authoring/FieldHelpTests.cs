using System.Reflection;
using DecisionsPortal.Authoring;

namespace DecisionsPortal.Tests.Authoring;

/// <summary>The comments <c>new</c> and <c>import</c> write are a catalogue too: every text in Finnish, Swedish and English.</summary>
public sealed class FieldHelpTests
{
    [Fact]
    public void Every_comment_is_written_in_Finnish_Swedish_and_English()
    {
        var texts = (Dictionary<string, Dictionary<string, string>>)typeof(FieldHelp).GetField("Texts", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        Assert.Equal(["en", "fi", "sv"], texts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(texts["en"].Keys.Order(StringComparer.Ordinal), texts["fi"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(texts["en"].Keys.Order(StringComparer.Ordinal), texts["sv"].Keys.Order(StringComparer.Ordinal));
        Assert.All(texts.Values.SelectMany(t => t.Values), text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.Equal("Vapaaehtoinen; OHJE.md kertoo, mitä kenttään kirjoitetaan.", FieldHelp.For("fi", "other"));
        Assert.Equal("Frivilligt; ANVISNING.md berättar vad fältet ska innehålla.", FieldHelp.For("sv", "other"));
    }
}
