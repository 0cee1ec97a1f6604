using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace DecisionsPortal.Markup.PersonalData;

/// <summary>
/// <c>[[Matti Meikäläinen]]{.personal}</c> marks personal data in Markdown. The parser runs before
/// the link parser, which would otherwise read the brackets as a link; registering twice is harmless.
/// </summary>
public sealed class PersonalDataExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<PersonalDataParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new PersonalDataParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<PersonalDataRenderer>())
        {
            html.ObjectRenderers.Insert(0, new PersonalDataRenderer());
        }
    }
}
