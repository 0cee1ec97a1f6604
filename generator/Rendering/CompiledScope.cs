using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>What a compiled template reads while it runs: the context, the scopes of variables and the loops' variables.</summary>
public sealed class CompiledScope(HtmlTemplateContext context, IScriptObject functions, IScriptObject builtins, Func<string, CompiledTemplate?> partial, Action<string> scribanPartial)
{
    private string[] loopNames = new string[4];
    private object?[] loopValues = new object?[4];
    private int loops;

    public HtmlTemplateContext Context { get; } = context;

    public IScriptObject Model { get; set; } = null!;

    public Func<string, CompiledTemplate?> Partial { get; } = partial;

    /// <summary>Renders a partial that could not be compiled with Scriban, in place.</summary>
    public Action<string> ScribanPartial { get; } = scribanPartial;

    public bool InLoop => loops > 0;

    public void PushLoop(string name)
    {
        if (loops == loopNames.Length)
        {
            Array.Resize(ref loopNames, loops * 2);
            Array.Resize(ref loopValues, loops * 2);
        }

        loopNames[loops] = name;
        loopValues[loops] = null;
        loops++;
    }

    public void SetLoop(object? value) => loopValues[loops - 1] = value;

    public void PopLoop() => loops--;

    public void Reset()
    {
        loops = 0;
        Includes = 0;
    }

    /// <summary>How deep the running includes are: past Scriban's recursion limit the page goes to Scriban, which reports it.</summary>
    public int Includes { get; set; }

    /// <summary>A variable as Scriban finds it: the innermost loop's first, then the page's model, our functions, the builtins.</summary>
    public object? Variable(string name)
    {
        for (var i = loops - 1; i >= 0; i--)
        {
            if (string.Equals(loopNames[i], name, StringComparison.Ordinal))
            {
                return loopValues[i];
            }
        }

        return Model.TryGetValue(Context, default, name, out var value)
            || functions.TryGetValue(Context, default, name, out value)
            || builtins.TryGetValue(Context, default, name, out value)
            ? value
            : throw new CompiledTemplate.FallbackException();
    }
}
