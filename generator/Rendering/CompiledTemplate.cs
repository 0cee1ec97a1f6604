using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DecisionsPortal.Rendering;

/// <summary>
/// A template turned once into a tree of delegates that writes the same text Scriban's tree
/// walk writes, for the subset of Scriban the theme uses: text, <c>{{ value }}</c>, member
/// access, literals, comparisons, <c>&amp;&amp;</c>/<c>||</c>/<c>!</c>, <c>if</c>/<c>else</c>,
/// <c>for x in list</c>, <c>| array.size</c> and calls of our one-argument functions
/// (<c>include</c>, <c>asset</c>). Scriban's walk pays, for every node, a guarded evaluation,
/// an abort check, pipe-argument stacks and a search of every variable scope; a page of the
/// theme has hundreds of nodes.
/// <para>
/// Values are still written by <see cref="HtmlTemplateContext.Write(SourceSpan, object?)"/>
/// (the same escaping and the same conversions to text), text through the context's own
/// <c>Write</c> (the same output limit). A template with anything outside the subset is not
/// compiled; anything unexpected while rendering (a missing variable or member, a value of a
/// kind not handled here, an error of a function) throws, and the renderer renders the page
/// again with Scriban, which then writes the output or reports the error as it always did.
/// </para>
/// </summary>
public sealed class CompiledTemplate
{
    private readonly Action<CompiledScope>[] body;

    private CompiledTemplate(Action<CompiledScope>[] body) => this.body = body;

    /// <summary>Thrown when the compiled form cannot decide as Scriban would; the page is rendered by Scriban instead.</summary>
    public sealed class FallbackException() : Exception("rendered by Scriban instead");

    public void Run(CompiledScope scope) => Run(body, scope);

    private static void Run(Action<CompiledScope>[] statements, CompiledScope scope)
    {
        foreach (var statement in statements)
        {
            statement(scope);
        }
    }

    /// <summary>The compiled template, or null when it uses something outside the subset.</summary>
    public static CompiledTemplate? TryCompile(Template template)
    {
        if (template.Page?.Body is not { } block || template.HasErrors)
        {
            return null;
        }

        try
        {
            return new CompiledTemplate(Block(block));
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Action<CompiledScope>[] Block(ScriptBlockStatement? block)
    {
        if (block is null)
        {
            return [];
        }

        var statements = new List<Action<CompiledScope>>(block.Statements.Count);
        foreach (var statement in block.Statements)
        {
            // An indented "{{" makes Scriban indent every line the tag writes; not compiled.
            if (statement is ScriptEscapeStatement { IsEntering: true, Indent: { Length: > 0 } })
            {
                throw new NotSupportedException();
            }

            if (statement.CanSkipEvaluation)
            {
                continue;
            }

            if (Statement(statement) is { } compiled)
            {
                statements.Add(compiled);
            }
        }

        return statements.ToArray();
    }

    private static Action<CompiledScope>? Statement(ScriptStatement statement)
    {
        switch (statement)
        {
            case ScriptRawStatement raw:
                var slice = raw.Text;
                if (slice.Length == 0 || slice.FullText is null)
                {
                    return null;
                }

                var text = slice.FullText;
                var index = slice.Index;
                var length = slice.Length;
                return scope => scope.Context.Write(text, index, length);

            case ScriptExpressionStatement { CanOutput: true, Expression: { } expression }:
                if (IncludeCall(expression) is { } partial)
                {
                    return Include(partial);
                }

                var value = Expression(expression);
                var span = statement.Span;
                return scope =>
                {
                    if (value(scope) is { } result)
                    {
                        scope.Context.Write(span, result);
                    }
                };

            case ScriptIfStatement conditional:
                return If(conditional);

            case ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement):
                return For(loop);

            default:
                throw new NotSupportedException();
        }
    }

    // `include "name"` as a statement of its own: written in place, as our include function writes it.
    private static string? IncludeCall(ScriptExpression expression) =>
        expression is ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" }, Arguments: [ScriptLiteral { Value: string name }] }
            ? name
            : null;

    private static Action<CompiledScope> Include(string name)
    {
        var partialName = "partials/" + name;
        return scope =>
        {
            // Only our own include function is compiled; a model that defines "include" goes to Scriban.
            if (scope.Variable("include") is not TemplateFunction)
            {
                throw new FallbackException();
            }

            if (scope.Partial(partialName) is { } partial)
            {
                // A partial that includes itself would otherwise overflow the stack, which no one can catch.
                if (++scope.Includes > scope.Context.RecursiveLimit)
                {
                    throw new FallbackException();
                }

                try
                {
                    partial.Run(scope);
                }
                finally
                {
                    scope.Includes--;
                }
            }
            else if (!scope.InLoop)
            {
                // Scriban's walk of the partial sees the page's model (pushed by the renderer) and
                // our functions, as on Scriban's own path, as long as no compiled loop's variables are needed.
                scope.ScribanPartial(partialName);
            }
            else
            {
                throw new FallbackException();
            }
        };
    }

    private static Action<CompiledScope> If(ScriptIfStatement statement)
    {
        var condition = Expression(statement.Condition ?? throw new NotSupportedException());
        var then = Block(statement.Then);
        var otherwise = statement.Else switch
        {
            null => [],
            ScriptElseStatement e => Block(e.Body),
            ScriptIfStatement elseIf => [If(elseIf)],
            _ => throw new NotSupportedException(),
        };
        var span = statement.Condition.Span;
        return scope => Run(scope.Context.ToBool(span, condition(scope)) ? then : otherwise, scope);
    }

    private static Action<CompiledScope> For(ScriptForStatement loop)
    {
        if (loop.Variable is not ScriptVariableGlobal variable || loop.NamedArguments is { Count: > 0 } || loop.Else is not null
            || loop.SetContinue || loop.Iterator is null || UsesLoopObject(loop.Body))
        {
            throw new NotSupportedException();
        }

        var name = variable.Name;
        var items = Expression(loop.Iterator);
        var body = Block(loop.Body);
        return scope =>
        {
            var value = items(scope);
            if (value is null)
            {
                return; // Scriban loops over nothing
            }

            if (value is not IEnumerable enumerable || value is string || value is IScriptObject)
            {
                throw new FallbackException();
            }

            scope.PushLoop(name);
            try
            {
                if (enumerable is IList list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        scope.SetLoop(list[i]);
                        Run(body, scope);
                    }
                }
                else
                {
                    foreach (var item in enumerable)
                    {
                        scope.SetLoop(item);
                        Run(body, scope);
                    }
                }
            }
            finally
            {
                scope.PopLoop();
            }
        };
    }

    // `for.index`, `for.last` …: the loop object of Scriban is not made here.
    private static bool UsesLoopObject(ScriptNode? node) => node is not null
        && ((node is ScriptVariable v && (v is not ScriptVariableGlobal || v.Name is "for" or "tablerow" or "while"))
            || Enumerable.Range(0, node.ChildrenCount).Any(i => UsesLoopObject(node.GetChildren(i))));

    private static Func<CompiledScope, object?> Expression(ScriptExpression expression)
    {
        switch (expression)
        {
            case ScriptLiteral literal when literal.Value is null or string or int or bool:
                var constant = literal.Value;
                return _ => constant;

            case ScriptVariableGlobal variable when variable.Name is not ("for" or "tablerow" or "while" or "this" or "empty"):
                var name = variable.Name;
                return scope => Checked(scope.Variable(name));

            case ScriptNestedExpression { Expression: { } inner }:
                return Expression(inner);

            case ScriptMemberExpression { Target: { } target, Member: { } member } access when access.DotToken.TokenType == TokenType.Dot:
                return Member(Expression(target), member.Name);

            case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } right }:
                var operand = Expression(right);
                var span = right.Span;
                return scope => scope.Context.ToBool(span, operand(scope)) ? Boxes.False : Boxes.True;

            case ScriptBinaryExpression { Left: { } left, Right: { } right } binary:
                return Binary(binary.Operator, Expression(left), left.Span, Expression(right), right.Span, binary.OperatorToken?.Span ?? binary.Span);

            case ScriptPipeCall { From: { } from, To: var to } when IsArraySize(to):
                var list = Expression(from);
                return scope =>
                {
                    // Scriban's array.size, unless a page's model hides the builtin "array".
                    if (scope.Model.Contains("array"))
                    {
                        throw new FallbackException();
                    }

                    return list(scope) switch
                    {
                        null => 0,
                        ICollection collection => collection.Count,
                        _ => throw new FallbackException(),
                    };
                };

            case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: var function }, Arguments: [ScriptLiteral { Value: string argument }] } call:
                return scope => scope.Variable(function) is TemplateFunction f
                    ? f.Call(scope.Context, call, argument)
                    : throw new FallbackException();

            default:
                throw new NotSupportedException();
        }
    }

    private static bool IsArraySize(ScriptExpression? expression) => expression switch
    {
        ScriptFunctionCall { Target: var target, Arguments.Count: 0 } => IsArraySize(target),
        ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "array" }, Member.Name: "size" } member => member.DotToken.TokenType == TokenType.Dot,
        _ => false,
    };

    // A function named without arguments is called by Scriban; that is left to Scriban.
    // Text, the most common value, is told apart by its type alone before the interface test.
    private static object? Checked(object? value) => value is null or string || value is not IScriptCustomFunction ? value : throw new FallbackException();

    private static Func<CompiledScope, object?> Member(Func<CompiledScope, object?> target, string name)
    {
        // A member expression reads records of one type, page after page: its getter is kept
        // with the type it was made for (one object, replaced whole, so threads may share it).
        Getter? last = null;
        return scope =>
        {
            object? value;
            switch (target(scope))
            {
                case null:
                    throw new FallbackException();
                case var record when last is { } known && record.GetType() == known.Type:
                    value = known.Read(record);
                    break;
                case ScriptArray:
                    throw new FallbackException();
                case IScriptObject o:
                    if (!o.TryGetValue(scope.Context, default, name, out value))
                    {
                        throw new FallbackException();
                    }

                    break;
                case var other when ViewAccessor.Serves(other) && ViewAccessor.For(other.GetType()).Getter(name) is { } read:
                    last = new Getter(other.GetType(), read);
                    value = read(other);
                    break;
                default:
                    throw new FallbackException();
            }

            return Checked(value);
        };
    }

    private sealed record Getter(Type Type, Func<object, object?> Read);

    private static Func<CompiledScope, object?> Binary(ScriptBinaryOperator op, Func<CompiledScope, object?> left, SourceSpan leftSpan, Func<CompiledScope, object?> right, SourceSpan rightSpan, SourceSpan span) => op switch
    {
        ScriptBinaryOperator.And => scope =>
            scope.Context.ToBool(leftSpan, left(scope)) && scope.Context.ToBool(rightSpan, right(scope)) ? Boxes.True : Boxes.False,
        ScriptBinaryOperator.Or => scope =>
            scope.Context.ToBool(leftSpan, left(scope)) || scope.Context.ToBool(rightSpan, right(scope)) ? Boxes.True : Boxes.False,
        ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual => scope =>
        {
            var l = left(scope);
            var r = right(scope);

            // Text with text and a whole number with a whole number, the comparisons of the theme, decided here.
            bool? equal = (l, r) switch
            {
                (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
                (int a, int b) => a == b,
                _ => null,
            };
            return equal is { } e
                ? (e == (op == ScriptBinaryOperator.CompareEqual) ? Boxes.True : Boxes.False)
                : ScriptBinaryExpression.Evaluate(scope.Context, span, op, leftSpan, l, rightSpan, r);
        },
        ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareLess
            or ScriptBinaryOperator.CompareGreaterOrEqual or ScriptBinaryOperator.CompareLessOrEqual => scope =>
                ScriptBinaryExpression.Evaluate(scope.Context, span, op, leftSpan, left(scope), rightSpan, right(scope)),
        _ => throw new NotSupportedException(),
    };

    private static class Boxes
    {
        public static readonly object True = true;
        public static readonly object False = false;
    }
}
