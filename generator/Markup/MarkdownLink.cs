using Markdig.Syntax;

namespace DecisionsPortal.Markup;

/// <summary>
/// A link, image, autolink or link definition of a Markdown text (<see cref="MarkdownSyntax.Links"/>), so that
/// no stage needs Markdig's node types to read one: its address, Markdig's zero-based line and column in the
/// text, its span and the span of its address as written (a bare address's whole span).
/// </summary>
public sealed record MarkdownLink(string Url, bool IsImage, bool IsDefinition, int Line, int Column, SourceSpan Span, SourceSpan AddressSpan);
