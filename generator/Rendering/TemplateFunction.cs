using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DecisionsPortal.Rendering;

/// <summary>
/// A template function of one text argument, called directly. A delegate imported with
/// <c>ScriptObject.Import</c> is called through reflection, with its arguments boxed in a new
/// array, on every call; <c>include</c> runs several times on every page.
/// </summary>
public sealed class TemplateFunction(string parameter, Func<TemplateContext, ScriptNode?, string, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    // Declared as object so that Scriban hands the argument over as it is: converting it to the
    // declared type asks reflection about the type on every call. It becomes text below.
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameter);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"Invalid number of arguments `{arguments.Count}` passed to `{callerContext}` while expecting `1` arguments");
        }

        return body(context, callerContext, context.ObjectToString(arguments[0]) ?? "");
    }

    /// <summary>The function called with its argument as text, as <see cref="Invoke"/> calls it.</summary>
    public object? Call(TemplateContext context, ScriptNode? callerContext, string argument) => body(context, callerContext, argument);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
