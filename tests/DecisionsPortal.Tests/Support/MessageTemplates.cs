using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Every message template the generator can print, read from its sources the way
/// <c>MessageHandler</c> builds them at run time: the literal parts of an interpolated string, with
/// <c>{0}</c>, <c>{1:fmt}</c> for its holes. Messages are found where they are made: the message of
/// a bag's Error/Warning and of <c>new Diagnostic(…)</c>, <c>MessageText.Of</c>/<c>Format</c>, a
/// <c>(MessageText)</c> cast, and what a member typed MessageText is set to or returns (both
/// branches of a ?: and every arm of a switch).
/// </summary>
public static class MessageTemplates
{
    public sealed record Found(string Template, string File, int Line);

    /// <summary>
    /// Messages made as finished English strings (string.Format, + of a value, .ToString()), which
    /// no catalogue can translate: write them as an interpolated string or MessageText.Format.
    /// </summary>
    public static IReadOnlyList<string> MadeAsPlainStrings()
    {
        var generator = Path.Combine(Repository.Root, "generator");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: Path.GetRelativePath(Repository.Root, file));
            foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Where(c => Name(c.Expression) is "Error" or "Warning" && c.ArgumentList.Arguments.Count >= 3))
            {
                var message = call.ArgumentList.Arguments[2].Expression;
                var plain = message switch
                {
                    InvocationExpressionSyntax inner => inner.Expression.ToString() is "string.Format" or "string.Concat" or "string.Join" || Name(inner.Expression) == "ToString",
                    BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression) && Concatenated(binary) is null,
                    _ => false,
                };
                if (plain)
                {
                    found.Add($"{tree.FilePath}({message.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {message}");
                }
            }
        }

        return found;
    }

    public static IReadOnlyList<Found> InGenerator()
    {
        var generator = Path.Combine(Repository.Root, "generator");
        var trees = Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: Path.GetRelativePath(Repository.Root, f)))
            .ToList();
        var constants = Constants(trees);
        var found = new List<Found>();
        foreach (var tree in trees)
        {
            bool Constant(ExpressionSyntax e, out string value) =>
                constants.TryGetValue(e is MemberAccessExpressionSyntax member ? $"{member.Expression.ToString().Split('.')[^1]}.{member.Name}" : $"{tree.FilePath}|{e}", out value!);

            var root = tree.GetRoot();
            void Add(ExpressionSyntax? e)
            {
                foreach (var template in Templates(e, Constant))
                {
                    found.Add(new Found(template, tree.FilePath, e!.GetLocation().GetLineSpan().StartLinePosition.Line + 1));
                }
            }

            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax call when Name(call.Expression) is "Error" or "Warning" && call.ArgumentList.Arguments.Count >= 3:
                        Add(call.ArgumentList.Arguments[2].Expression);
                        break;
                    case InvocationExpressionSyntax call when IsFactory(call.Expression) && call.ArgumentList.Arguments.Count >= 1:
                        Add(call.ArgumentList.Arguments[0].Expression);
                        break;
                    case BaseObjectCreationExpressionSyntax create when (create is ImplicitObjectCreationExpressionSyntax || (create as ObjectCreationExpressionSyntax)?.Type.ToString() == "Diagnostic")
                        && create.ArgumentList?.Arguments.Count >= 3 && create.ArgumentList.Arguments[0].Expression.ToString().StartsWith("Severity.", StringComparison.Ordinal):
                        Add(create.ArgumentList.Arguments[2].Expression);
                        break;
                    case CastExpressionSyntax cast when IsMessage(cast.Type):
                        Add(cast.Expression);
                        break;
                    case VariableDeclarationSyntax declaration when IsMessage(declaration.Type):
                        foreach (var variable in declaration.Variables)
                        {
                            Add(variable.Initializer?.Value);
                        }

                        break;
                    case MethodDeclarationSyntax method when IsMessage(method.ReturnType):
                        Add(method.ExpressionBody?.Expression);
                        foreach (var ret in method.Body?.DescendantNodes().OfType<ReturnStatementSyntax>() ?? [])
                        {
                            Add(ret.Expression);
                        }

                        break;
                    case PropertyDeclarationSyntax property when IsMessage(property.Type):
                        Add(property.ExpressionBody?.Expression ?? property.Initializer?.Value);
                        break;
                }
            }
        }

        // A class of messages (YamlMessages) holds templates that are passed on before they are formatted.
        foreach (var tree in trees)
        {
            foreach (var type in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.ValueText.EndsWith("Messages", StringComparison.Ordinal)))
            {
                foreach (var variable in type.Members.OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword)).SelectMany(f => f.Declaration.Variables))
                {
                    if (variable.Initializer?.Value is { } value && Concatenated(value) is { } text)
                    {
                        found.Add(new Found(text, tree.FilePath, variable.GetLocation().GetLineSpan().StartLinePosition.Line + 1));
                    }
                }
            }
        }

        return found;
    }

    private static bool IsMessage(TypeSyntax type) => type.ToString().TrimEnd('?').Split('.')[^1] == "MessageText";

    private static bool IsFactory(ExpressionSyntax e) => e.ToString().EndsWith("MessageText.Of", StringComparison.Ordinal) || e.ToString().EndsWith("MessageText.Format", StringComparison.Ordinal);

    private static string? Name(ExpressionSyntax e) => e switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax id => id.Identifier.ValueText,
        _ => null,
    };

    private delegate bool ConstantLookup(ExpressionSyntax e, out string value);

    private static IEnumerable<string> Templates(ExpressionSyntax? e, ConstantLookup constants)
    {
        switch (e)
        {
            case null:
                yield break;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                // MessageText.Format's template is a format string already; any other string is text.
                var isFormat = literal.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax factory } && factory.Expression.ToString().EndsWith("MessageText.Format", StringComparison.Ordinal);
                yield return isFormat ? literal.Token.ValueText : Escape(literal.Token.ValueText);
                break;
            case InterpolatedStringExpressionSyntax interpolated:
                yield return Template(interpolated);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                foreach (var t in Templates(parenthesized.Expression, constants)) yield return t;
                break;
            case CastExpressionSyntax cast:
                foreach (var t in Templates(cast.Expression, constants)) yield return t;
                break;
            case ConditionalExpressionSyntax conditional:
                foreach (var t in Templates(conditional.WhenTrue, constants).Concat(Templates(conditional.WhenFalse, constants))) yield return t;
                break;
            case SwitchExpressionSyntax switchExpression:
                foreach (var t in switchExpression.Arms.SelectMany(a => Templates(a.Expression, constants))) yield return t;
                break;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression):
                foreach (var t in Templates(binary.Right, constants)) yield return t;
                break;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && Concatenated(binary) is { } text:
                yield return Escape(text);
                break;
            case InvocationExpressionSyntax call when IsFactory(call.Expression):
                foreach (var t in Templates(call.ArgumentList.Arguments[0].Expression, constants)) yield return t;
                break;

            case IdentifierNameSyntax or MemberAccessExpressionSyntax when constants(e, out var format):
                // A constant used as MessageText.Format's template is the template as written.
                if (e.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax parentCall } && IsFactory(parentCall.Expression))
                {
                    yield return format;
                }

                break;
        }
    }

    // "a" + "b" across lines, as long messages are written.
    private static string? Concatenated(ExpressionSyntax e) => e switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => Concatenated(binary.Left) is { } l && Concatenated(binary.Right) is { } r ? l + r : null,
        _ => null,
    };

    private static string Template(InterpolatedStringExpressionSyntax interpolated)
    {
        var text = new System.Text.StringBuilder();
        var hole = 0;
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax literal)
            {
                // The token keeps the doubled braces of the source ("{{"), as the template does.
                text.Append(literal.TextToken.ValueText);
            }
            else if (content is InterpolationSyntax interpolation)
            {
                text.Append('{').Append(hole++);
                if (interpolation.AlignmentClause is { } alignment)
                {
                    text.Append(',').Append(alignment.Value.ToString());
                }

                if (interpolation.FormatClause is { } format)
                {
                    text.Append(':').Append(format.FormatStringToken.ValueText);
                }

                text.Append('}');
            }
        }

        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("{", "{{").Replace("}", "}}");

    // Constant strings as Class.Name and, for use inside their own file, file|Name.
    private static Dictionary<string, string> Constants(IEnumerable<SyntaxTree> trees)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tree, field) in trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Select(f => (t, f))))
        {
            if (!field.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                continue;
            }

            foreach (var variable in field.Declaration.Variables)
            {
                if (variable.Initializer?.Value is { } value && Concatenated(value) is { } text)
                {
                    var type = field.Ancestors().OfType<TypeDeclarationSyntax>().First().Identifier.ValueText;
                    result[$"{type}.{variable.Identifier.ValueText}"] = text;
                    result[$"{tree.FilePath}|{variable.Identifier.ValueText}"] = text;
                }
            }
        }

        return result;
    }
}
