using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Template access to the members of our own view records (<c>decision.title</c>), with the
/// same names and values Scriban's reflection accessor gives, read by delegates bound to the getters. Scriban's
/// accessor calls each property through reflection and boxes every bool and number anew; pages
/// read tens to hundreds of members each. Read-only: templates never assign to a view.
/// </summary>
public sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> Accessors = new();
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly Dictionary<string, Member> getters;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Serves only this assembly's types, whose metadata the project file keeps (TrimmerRootAssembly).")]
    private ViewAccessor(Type type)
    {
        getters = new Dictionary<string, Member>(StringComparer.Ordinal);

        // What Scriban's TypedObjectAccessor exposes: public instance fields and readable,
        // non-indexed properties, renamed by its standard renamer (DateIso → date_iso).
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public))
        {
            getters.TryAdd(StandardMemberRenamer.Default(field), new Member(type, field));
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                getters.TryAdd(StandardMemberRenamer.Default(property), new Member(type, property));
            }
        }
    }

    /// <summary>The accessor of a type of this assembly's views, made once and shared by every context.</summary>
    public static ViewAccessor For(Type type) => Accessors.GetOrAdd(type, t => new ViewAccessor(t));

    /// <summary>True for the types this accessor serves: plain records and classes of our own assembly.</summary>
    public static bool Serves(object target) =>
        target.GetType().Assembly == typeof(ViewAccessor).Assembly
        && target is not IScriptObject and not System.Collections.IEnumerable && !target.GetType().IsValueType;

    // A delegate bound to the property's own getter rather than a compiled expression: compiling
    // one is an expression tree, emitted IL and a JIT-compiled method for each member a template
    // reads (about 80 in the shipped theme, at every start), where binding a delegate is a lookup
    // and the readers below are compiled once for all reference types, ahead of time. A
    // reference-typed value is read as object (a delegate's return type may be a base type), so
    // the readers are only ever instantiated over reference types, whose shared code a native
    // (ahead-of-time) build compiles too; the few numbers and dates a view holds are read by reflection.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Instantiated over reference types only: their shared code is compiled ahead of time.")]
    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        if (member is not PropertyInfo property)
        {
            return ((FieldInfo)member).GetValue;
        }

        if (property.PropertyType.IsValueType && property.PropertyType != typeof(bool))
        {
            return property.GetValue;
        }

        var reader = property.PropertyType == typeof(bool) ? nameof(Flag) : nameof(Value);
        var arguments = reader == nameof(Flag) ? new[] { type } : [type, typeof(object)];
        // Called through a delegate, not MethodInfo.Invoke, which emits an invoke stub per method.
        return typeof(ViewAccessor).GetMethod(reader, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(arguments).CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(property.GetMethod!);
    }

    private static Func<object, object?> Value<T, TValue>(MethodInfo getter)
        where T : class
    {
        var get = getter.CreateDelegate<Func<T, TValue>>();
        return target => get((T)target);
    }

    // A bool is one of two shared boxes, not a new one at every read.
    private static Func<object, object?> Flag<T>(MethodInfo getter)
        where T : class
    {
        var get = getter.CreateDelegate<Func<T, bool>>();
        return target => get((T)target) ? True : False;
    }

    /// <summary>The getter of a member, for callers that read the same member of many records.</summary>
    public Func<object, object?>? Getter(string member) => getters.GetValueOrDefault(member)?.Read;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter))
        {
            value = getter.Read(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;

    /// <summary>
    /// A member's getter, bound when a template first reads it: templates read a few of each
    /// view's members. Two threads may both bind it; either result is the same getter.
    /// </summary>
    private sealed class Member(Type type, MemberInfo info)
    {
        private Func<object, object?>? read;

        public Func<object, object?> Read => read ??= Getter(type, info);
    }
}
