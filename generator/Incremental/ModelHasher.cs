using System.Buffers;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DecisionsPortal.Content;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Incremental;

/// <summary>
/// Fingerprints of the site model by its state, not by a list of fields: every instance field of
/// our own types is hashed (records' positional values are fields), through lists and dictionaries,
/// so a field another feature adds later is covered without touching this file. Only what the
/// model holds counts; a missed input would mean a stale page in serve, so nothing is left out
/// except, in the <see cref="WithoutBody"/> of a decision, its Markdown body, which only its own
/// page, its data and the search index show.
/// </summary>
public sealed class ModelHasher(ModelHashCache cache)
{
    private const string MarkdownField = "<Markdown>k__BackingField";

    // What only the decision's own page shows (its personal data until its last day): as its
    // body, it is part of the page's fingerprint, not of the pages that list the decision.
    private const string OwnPageField = "<AsShownOnItsPage>k__BackingField";

    private static readonly ConcurrentDictionary<Type, FieldInfo[]> Fields = new();
    private static readonly ConcurrentDictionary<Type, long> TypeIds = new();
    private static long nextTypeId;

    private readonly Dictionary<object, Fingerprint> memo = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> visiting = new(ReferenceEqualityComparer.Instance);

    private Func<Decision, (Fingerprint Whole, Fingerprint WithoutBody)> walk => field ??= Walk;

    /// <summary>A decision with everything other pages may show of it: all but the Markdown body.</summary>
    public Fingerprint WithoutBody(Decision decision) => cache.Of(decision, walk).WithoutBody;

    /// <summary>Both of a decision's fingerprints, by one look-up.</summary>
    public (Fingerprint Whole, Fingerprint WithoutBody) Both(Decision decision) => cache.Of(decision, walk);

    /// <summary>Everything of a decision.</summary>
    public Fingerprint Whole(Decision decision) => cache.Of(decision, walk).Whole;

    /// <summary>A decision's page: all of the decision, its path and its links.</summary>
    public Fingerprint Page(DecisionPage page) => Fingerprint.Of(Whole(page.Decision), PathAndLinks(page));

    /// <summary>A decision's page without the decision: its path, its translations' paths and its internal links.</summary>
    public Fingerprint PathAndLinks(DecisionPage page) => cache.PathAndLinksOf(page, HashPathAndLinks);

    private Fingerprint HashPathAndLinks(DecisionPage page)
    {
        var writer = Rent();
        Feed(writer, page.Path);
        Feed(writer, page.Translations);
        Feed(writer, page.Links);
        var pathAndLinks = Fingerprint.Of(writer.WrittenSpan);
        spare.Push(writer);
        return pathAndLinks;
    }

    // Buffers for the bytes of one decision or of its path and links, used again for the next: a new
    // one for each, grown by doubling to a body's size, would be a large share of what the Load and
    // Model stages allocate. A stack, as hashing a decision can hash another one inside it.
    private readonly Stack<ArrayBufferWriter<byte>> spare = new();

    private ArrayBufferWriter<byte> Rent()
    {
        if (spare.TryPop(out var writer))
        {
            writer.ResetWrittenCount();
            return writer;
        }

        return new ArrayBufferWriter<byte>(4096);
    }

    /// <summary>Any part of the model; decision pages inside it count by their summaries.</summary>
    public Fingerprint Of(object? value)
    {
        var writer = new ArrayBufferWriter<byte>(1 << 16);
        Feed(writer, value);
        return Fingerprint.Of(writer.WrittenSpan);
    }

    // One walk of the decision's fields for both fingerprints: one of all fields but the body, and
    // the whole decision's of that and the body, so that no field is walked twice. Fingerprints are
    // compared only within one process.
    private (Fingerprint Whole, Fingerprint WithoutBody) Walk(Decision decision)
    {
        var writer = Rent();
        object? markdown = null;
        object? ownPage = null;
        foreach (var field in FieldsOf(typeof(Decision)))
        {
            if (field.Name == MarkdownField)
            {
                markdown = field.GetValue(decision);
            }
            else if (field.Name == OwnPageField)
            {
                ownPage = field.GetValue(decision);
            }
            else
            {
                Feed(writer, field.GetValue(decision));
            }
        }

        // The files beside its page are published whichever page lists them.
        Feed(writer, (ownPage as Decision)?.Attachments);
        var withoutBody = Fingerprint.Of(writer.WrittenSpan);
        writer.ResetWrittenCount();
        Feed(writer, markdown);
        Feed(writer, ownPage);
        var whole = Fingerprint.Of(withoutBody, Fingerprint.Of(writer.WrittenSpan));
        spare.Push(writer);
        return (whole, withoutBody);
    }

    private void Feed(ArrayBufferWriter<byte> writer, object? value)
    {
        switch (value)
        {
            case null:
                Tag(writer, 0);
                return;
            case string text:
                Tag(writer, 1);
                Text(writer, text);
                return;
            case Decision decision:
                Tag(writer, 2);
                Write(writer, Whole(decision));
                return;
            case DecisionPage page:
                Tag(writer, 3);
                if (!memo.TryGetValue(page, out var known))
                {
                    // As other pages may show it: all of the decision but its body, its path and its links.
                    known = Fingerprint.Of(WithoutBody(page.Decision), PathAndLinks(page));
                    memo[page] = known;
                }

                Write(writer, known);
                return;
            case IEnumerable<KeyValuePair<string, string>> pairs:
                Tag(writer, 4);
                foreach (var (key, text) in pairs)
                {
                    Text(writer, key);
                    Text(writer, text);
                }

                Tag(writer, 5);
                return;
            case int number:
                Tag(writer, 14);
                Number(writer, number);
                return;
            case DateOnly date:
                Tag(writer, 15);
                Number(writer, date.DayNumber);
                return;
            case Enum:
                Tag(writer, 16);
                Number(writer, TypeId(value.GetType()));
                Number(writer, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case IFormattable formattable:
                // Other numbers, times: the type too, so that 1 and "1" differ.
                Tag(writer, 6);
                Number(writer, TypeId(value.GetType()));
                Text(writer, formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool or char or Uri or Type or Delegate:
                Tag(writer, 7);
                Text(writer, value is Delegate d ? d.Method.ToString() ?? "" : value.ToString() ?? "");
                return;
            case IEnumerable items:
                Tag(writer, 8);
                foreach (var item in items)
                {
                    Feed(writer, item);
                }

                Tag(writer, 9);
                return;
        }

        if (value is ITuple tuple)
        {
            Tag(writer, 17);
            for (var i = 0; i < tuple.Length; i++)
            {
                Feed(writer, tuple[i]);
            }

            Tag(writer, 18);
            return;
        }

        var type = value.GetType();
        if (!IsOurs(type))
        {
            Tag(writer, 10);
            Text(writer, type.FullName ?? type.Name);
            Text(writer, value.ToString() ?? "");
            return;
        }

        if (!type.IsValueType && !visiting.Add(value))
        {
            Tag(writer, 11); // a cycle: its contents are being hashed further up
            return;
        }

        Tag(writer, 12);
        Number(writer, TypeId(type));
        foreach (var field in FieldsOf(type))
        {
            Feed(writer, field.GetValue(value));
        }

        Tag(writer, 13);
        if (!type.IsValueType)
        {
            visiting.Remove(value);
        }
    }

    // Our model types, and the pairs of the dictionaries they hold; anything else (a framework
    // type that is no collection or tuple) counts by its text.
    private static bool IsOurs(Type type) =>
        type.Namespace?.StartsWith("DecisionsPortal", StringComparison.Ordinal) == true
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));

    // In a native build only the types named here and this assembly's own (rooted in the project
    // file) keep their fields' metadata, and no member has a metadata token: fields are in the order of their names.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Our assembly is rooted; KeyValuePair is kept by the DynamicDependency.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Our assembly is rooted; KeyValuePair is kept by the DynamicDependency.")]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields, typeof(KeyValuePair<,>))]
    private static FieldInfo[] FieldsOf(Type type) => Fields.GetOrAdd(type, t =>
    {
        var fields = new List<FieldInfo>();
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
        {
            fields.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.FieldType.IsPointer)
                .OrderBy(f => f.Name, StringComparer.Ordinal));
        }

        return [.. fields];
    });

    private static void Tag(ArrayBufferWriter<byte> writer, byte tag)
    {
        writer.GetSpan(1)[0] = tag;
        writer.Advance(1);
    }

    // A number per type, stable for the process (fingerprints are compared only within one serve session).
    private static long TypeId(Type type) => TypeIds.GetOrAdd(type, _ => Interlocked.Increment(ref nextTypeId));

    private static void Number(ArrayBufferWriter<byte> writer, long number)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(writer.GetSpan(8), number);
        writer.Advance(8);
    }

    private static void Text(ArrayBufferWriter<byte> writer, string text)
    {
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        var span = writer.GetSpan(bytes.Length + 4);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span, text.Length);
        bytes.CopyTo(span[4..]);
        writer.Advance(bytes.Length + 4);
    }

    private static void Write(ArrayBufferWriter<byte> writer, Fingerprint fingerprint)
    {
        fingerprint.CopyTo(writer.GetSpan(16));
        writer.Advance(16);
    }
}
