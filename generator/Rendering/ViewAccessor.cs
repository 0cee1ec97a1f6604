using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Template access to the members of our own view records (<c>decision.title</c>), with the
/// same names and values Scriban's reflection accessor gives, read by compiled getters. Scriban's
/// accessor calls each property through reflection and boxes every bool and number anew; pages
/// read tens to hundreds of members each. Read-only: templates never assign to a view.
/// </summary>
public sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> Accessors = new();
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly Dictionary<string, Member> getters;

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

    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        var target = Expression.Parameter(typeof(object), "target");
        Expression value = Expression.MakeMemberAccess(Expression.Convert(target, type), member);

        // A bool is one of two shared boxes, not a new one at every read.
        Expression result = value.Type == typeof(bool)
            ? Expression.Condition(value, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)))
            : Expression.Convert(value, typeof(object));
        return Expression.Lambda<Func<object, object?>>(result, target).Compile();
    }

    /// <summary>The compiled getter of a member, for callers that read the same member of many records.</summary>
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
    /// A member's getter, compiled when a template first reads it: templates read a few of each
    /// view's members, and every compiled getter is an expression compiled and a method JIT-ed at
    /// start. Two threads may both compile it; either result is the same getter.
    /// </summary>
    private sealed class Member(Type type, MemberInfo info)
    {
        private Func<object, object?>? read;

        public Func<object, object?> Read => read ??= Getter(type, info);
    }
}
