using System.Runtime.InteropServices;
using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// Collects the postings of one index build document by document into flat arrays (term,
/// document, weight, positions, surface forms) for <see cref="PostingsScorer"/>, which groups
/// them by term and scores them. A term's posting in a document gathers the document's word with that term
/// and every word that has it as a compound part or through a base form (<see cref="BaseFormClasses"/>)
/// (weights added, positions merged); only the words themselves count as its surface forms.
/// </summary>
internal sealed class PostingsBuilder(int expectedPostings, int expectedPositions, int expectedWords = 0)
{
    /// <summary>
    /// Ends the term of a word found in a document only in its attachments ("kutsu\u0001"): a
    /// posting there is scored on the attachments' occurrences, and says to the browser (search.js
    /// looks the term up beside the word's own) that the result was found in an attachment. It
    /// sorts right after the term, mostly into the same shard.
    /// </summary>
    public const char AttachmentMark = '\u0001';

    /// <summary>
    /// Begins the surface form of a word posted under a term of its base forms' classes
    /// (<see cref="BaseFormClasses"/>), a form of the term's word whose own term differs
    /// ("luvat" under "lupa"'s): kept out of the term's variants, which judge a word typed against
    /// the forms written, and listed apart as the term's forms (<see cref="SearchIndex.Forms"/>),
    /// which the browser marks in a result, having no other way to tell them from the other words.
    /// </summary>
    public const char FormMark = '\u0002';

    /// <summary>
    /// Begins the surface form of a compound posted under a term of one of its parts whose own
    /// letters the browser would not find in it ("peruskorjauksen" under "korjaus"'s, "kadulla" of
    /// "pääkadulla" not being "katu"): listed after the term's forms (<see cref="SearchIndex.Forms"/>),
    /// so a result found through the part marks the compound. Where the word holds the term past
    /// its first letters (sisäsatamassa, satama's "satam") page.js marks it unlisted.
    /// </summary>
    public const char CompoundMark = '\u0003';

    // What this build worked out about each word (its term, surface and extra terms' ids), once a
    // word: by word id, one table per document language (its look-up stands for it; ids are per analyser).
    private readonly Dictionary<VocabularyLookup, Resolutions> resolutions = new(ReferenceEqualityComparer.Instance);
    private VocabularyLookup? resolving;
    private Resolutions resolved = new(0);

    // Sized for the words a full build resolves (its analysers' words), so that neither these nor the
    // resolutions grow by copying, each step a larger array than the last, through the build.
    private readonly Dictionary<string, int> termIds = new(expectedWords, StringComparer.Ordinal);
    private readonly List<string> terms = new(expectedWords);
    private bool[] kept = new bool[Math.Max(1024, expectedWords)];
    private readonly SurfaceForms surfaces = new(expectedWords);

    // Sized up front (a document's words are at least its postings and exactly its word positions), so the big lists never grow by copying;
    // not cleared first, as a list's array is: only what is added is ever read.
    private RawPosting[] postings = GC.AllocateUninitializedArray<RawPosting>(Math.Max(16, expectedPostings));
    private int postingCount;
    private int[] positions = GC.AllocateUninitializedArray<int>(Math.Max(16, expectedPositions));
    private int positionCount;

    // Scratch of one document: the slot of each term in it, and each slot's sources (words).
    private int[] termStamp = new int[Math.Max(1024, expectedWords)];
    private int[] termSlot = new int[Math.Max(1024, expectedWords)];
    // By term: its attachment twin's id + 1, 0 until asked; a PDF's words are most of a city's
    // postings, and each of them had its twin's name made and looked up again.
    private int[] twins = new int[Math.Max(1024, expectedWords)];
    // Arrays of structs, not a list a field: AddSource runs for every (word, term) pair of the corpus.
    private Slot[] slots = new Slot[256];
    private int slotCount;
    private SourceWord[] sources = new SourceWord[1024];
    private int sourceCount;
    private readonly List<int> merged = [];
    private readonly List<IndexWord> parts = [];
    private readonly List<int> partIds = [];
    private readonly List<int> formIds = [];
    private readonly List<int> compoundIds = [];
    private readonly List<string> partTerms = [];
    private readonly List<string> formTerms = [];

    /// <summary>
    /// Where set, only the postings of these terms (and of their attachment twins) are made: what
    /// <c>serve</c>'s patch re-posts of a decision whose other postings a change of base-form classes leaves as they were.
    /// </summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>
    /// With <see cref="Only"/>: false for a word that cannot be posted under any of those terms,
    /// which is then skipped without being resolved (its compound split and classes looked up).
    /// </summary>
    public Func<IndexWord, bool>? MayPost { get; init; }

    public void Add(int doc, DocumentAnalysis analysis, VocabularyLookup vocabulary, BaseFormClasses? classes)
    {
        slotCount = 0;
        sourceCount = 0;
        if (!ReferenceEquals(vocabulary, resolving))
        {
            resolving = vocabulary;
            resolved = CollectionsMarshal.GetValueRefOrAddDefault(resolutions, vocabulary, out _) ??= new Resolutions(expectedWords);
        }

        var words = analysis.Words;
        var ids = analysis.Ids;
        for (var i = 0; i < words.Length; i++)
        {
            // Nearly every word was resolved in an earlier document: read here, without the call.
            var id = ids[i];
            var slot = id < resolved.Slots.Length ? resolved.Slots[id] : 0;
            if (slot == 0)
            {
                slot = resolved.Add(id, Resolve(words[i], vocabulary, classes));
            }

            ref readonly var word = ref resolved.Items[slot - 1];
            if (word.TermId < 0)
            {
                continue;
            }

            var weight = analysis.Weights[i];
            var attached = analysis.Attached[i];
            AddSource(doc, word.TermId, i, Source.Own, weight, attached);
            foreach (var form in word.FormIds)
            {
                AddSource(doc, form, i, Source.Form, weight, attached);
            }

            foreach (var part in word.PartIds)
            {
                AddSource(doc, part, i, Source.Part, weight, attached);
            }

            foreach (var part in word.CompoundIds)
            {
                AddSource(doc, part, i, Source.Compound, weight, attached);
            }
        }

        for (var s = 0; s < slotCount; s++)
        {
            ref readonly var slot = ref slots[s];
            var head = slot.Head;
            var positionFrom = positionCount;
            if (sources[head].Next < 0)
            {
                var w = sources[head].Word;
                AddPositions(analysis.Positions.AsSpan(analysis.PositionStarts[w], analysis.PositionStarts[w + 1] - analysis.PositionStarts[w]));
            }
            else
            {
                merged.Clear();
                for (var src = head; src >= 0; src = sources[src].Next)
                {
                    var w = sources[src].Word;
                    merged.AddRange(analysis.Positions.AsSpan(analysis.PositionStarts[w], analysis.PositionStarts[w + 1] - analysis.PositionStarts[w]));
                }

                var span = CollectionsMarshal.AsSpan(merged);
                span.Sort();
                for (var k = 0; k < span.Length; k++)
                {
                    if (k == 0 || span[k] != span[k - 1])
                    {
                        AddPositions([span[k]]);
                    }
                }
            }

            var surface = -1;
            for (var src = head; src >= 0; src = sources[src].Next)
            {
                ref readonly var word = ref resolved.Of(ids[sources[src].Word]);
                switch (sources[src].Kind)
                {
                    case Source.Own:
                        surfaces.Add(ref surface, word.SurfaceId);
                        break;
                    case Source.Form:
                        surfaces.Add(ref surface, word.FormSurfaceId);
                        break;
                    case Source.Compound:
                        surfaces.Add(ref surface, word.CompoundSurfaceId);
                        break;
                }
            }

            // Only in attachments: the term's attachment twin, weighted by the occurrences there.
            AddPosting(slot.Weight > 0
                ? new RawPosting(slot.Term, doc, slot.Weight, positionFrom, positionCount, surface)
                : new RawPosting(TwinOf(slot.Term), doc, slot.Attached, positionFrom, positionCount, surface));
        }
    }

    /// <summary>
    /// A posting as an earlier build made it (<see cref="Raw"/>, or a kept index's), for
    /// <c>serve</c>'s patch: it scores the terms an edit touched by adding their postings here
    /// and calling <see cref="ToIndex"/>, as a full build does. A term's postings go in document order.
    /// </summary>
    public void Add(string term, int doc, int weight, ReadOnlySpan<int> wordPositions, ReadOnlySpan<string> forms)
    {
        var positionFrom = positionCount;
        AddPositions(wordPositions);
        var surface = -1;
        foreach (var form in forms)
        {
            surfaces.Add(ref surface, surfaces.Id(form));
        }

        AddPosting(new RawPosting(TermId(term), doc, weight, positionFrom, positionCount, surface));
    }

    /// <summary>
    /// The postings collected, as an index (<see cref="PostingsScorer"/>); the builder is spent. Without
    /// <paramref name="patchable"/> (a one-off build's, which nothing patches) the index has none of what
    /// only a patch reads (each posting's weight and forms), and its positions run on past the last.
    /// </summary>
    public SearchIndex ToIndex(string language, IReadOnlyList<SearchDocument> docs, double[] lengths, double average, bool patchable = true)
    {
        var index = PostingsScorer.Score(terms, postings.AsSpan(0, postingCount), positions, positionCount, surfaces, language, docs, lengths, average, patchable);
        postings = [];
        postingCount = 0;
        return index;
    }

    /// <summary>The postings added so far (of one document), unscored: what <c>serve</c> patches an index with.</summary>
    public List<DocumentPosting> Raw()
    {
        var result = new List<DocumentPosting>(postingCount);
        foreach (var p in postings.AsSpan(0, postingCount))
        {
            var ids = surfaces.Of(in p.Surface);
            var forms = new string[ids.Length];
            for (var x = 0; x < ids.Length; x++)
            {
                forms[x] = surfaces[ids[x]];
            }

            result.Add(new DocumentPosting(terms[p.Term], p.Doc, p.Weight, positions[p.PositionFrom..p.PositionTo], forms));
        }

        return result;
    }

    private void AddPosting(in RawPosting posting)
    {
        if (postingCount == postings.Length)
        {
            Array.Resize(ref postings, postings.Length * 2);
        }

        postings[postingCount++] = posting;
    }

    private void AddPositions(ReadOnlySpan<int> values)
    {
        if (positionCount + values.Length > positions.Length)
        {
            Array.Resize(ref positions, Math.Max(positions.Length * 2, positionCount + values.Length));
        }

        values.CopyTo(positions.AsSpan(positionCount));
        positionCount += values.Length;
    }

    private void AddSource(int doc, int term, int word, Source kind, int weight, int attached)
    {
        if (!kept[term])
        {
            return;
        }

        if (termStamp[term] != doc + 1)
        {
            termStamp[term] = doc + 1;
            termSlot[term] = slotCount;
            if (slotCount == slots.Length)
            {
                Array.Resize(ref slots, slotCount * 2);
            }

            slots[slotCount++] = new Slot { Term = term, Head = -1 };
        }

        if (sourceCount == sources.Length)
        {
            Array.Resize(ref sources, sourceCount * 2);
        }

        ref var slot = ref slots[termSlot[term]];
        slot.Weight += weight;
        slot.Attached += attached;
        sources[sourceCount] = new SourceWord(word, kind, slot.Head);
        slot.Head = sourceCount++;
    }

    private Resolution Resolve(IndexWord word, VocabularyLookup vocabulary, BaseFormClasses? classes)
    {
        if (Only is not null && MayPost is not null && !MayPost(word))
        {
            return Resolution.Skipped;
        }

        parts.Clear();
        if (!word.Forms.PartsKnown)
        {
            CompoundSplitter.Parts(word.Text, vocabulary, parts);
        }

        partTerms.Clear();
        formTerms.Clear();
        foreach (var part in parts)
        {
            if (part.Term is { } term && term != word.Term && !partTerms.Contains(term))
            {
                partTerms.Add(term);
            }
        }

        classes?.Terms(word, formTerms, partTerms);
        if (Only is not null && !Only.Contains(word.Term!) && !BaseFormClasses.HoldsAny(CollectionsMarshal.AsSpan(formTerms), Only) && !BaseFormClasses.HoldsAny(CollectionsMarshal.AsSpan(partTerms), Only))
        {
            // Posted under none of the terms made: skipped, given no ids.
            return Resolution.Skipped;
        }

        // Ids in first-seen order: the term, the surface form, then the other terms.
        var termId = TermId(word.Term!);
        var surfaceId = surfaces.Id(word.Text);
        Ids(formTerms, formIds);
        Ids(partTerms, partIds);
        compoundIds.Clear();
        // Folded once, not once a part.
        var folded = partIds.Count == 0 ? "" : Folding.Fold(word.Text);
        foreach (var id in partIds)
        {
            if (!MarkedUnlisted(folded, terms[id]))
            {
                compoundIds.Add(id);
            }
        }

        BaseFormClasses.RemoveListed(partIds, compoundIds);

        var formSurfaceId = formIds.Count == 0 ? -1 : surfaces.Id(FormMark + word.Text);
        var compoundSurfaceId = compoundIds.Count == 0 ? -1 : surfaces.Id(CompoundMark + word.Text);
        return new Resolution(termId, surfaceId, formSurfaceId, compoundSurfaceId, Packed(formIds), Packed(partIds), Packed(compoundIds));
    }

    private static int[] Packed(List<int> ids) => ids.Count == 0 ? [] : ids.ToArray();

    /// <summary>
    /// Whether page.js marks a word (<paramref name="folded"/>) in a result found by <paramref name="term"/>
    /// (of a word typed, so up to an alias's separator) without being told: it holds the term, of
    /// at least four letters, past its first letter, folded.
    /// </summary>
    private static bool MarkedUnlisted(string folded, string term)
    {
        var typed = term.AsSpan(0, term.IndexOf(BaseFormClasses.AliasSeparator) is var end and >= 0 ? end : term.Length);
        return typed.Length >= 4 && folded.AsSpan(1).Contains(typed, StringComparison.Ordinal);
    }

    private void Ids(List<string> terms, List<int> ids)
    {
        ids.Clear();
        foreach (var term in terms)
        {
            var id = TermId(term);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
    }

    /// <summary>
    /// A word's ids in this build: its term (−1: skipped, see <see cref="Only"/>), its surface form
    /// as written, as a form of other terms (<see cref="FormMark"/>) and as a compound of others
    /// (<see cref="CompoundMark"/>), and the other terms it is posted under (its base forms' classes;
    /// its compound parts', those page.js marks it by unlisted apart).
    /// </summary>
    private readonly record struct Resolution(int TermId, int SurfaceId, int FormSurfaceId, int CompoundSurfaceId, int[] FormIds, int[] PartIds, int[] CompoundIds)
    {
        public static readonly Resolution Skipped = new(-1, -1, -1, -1, [], [], []);
    }

    /// <summary>
    /// The words of one analyser resolved so far, in the order resolved, found by word id through
    /// a table of one int a word: a builder of one decision's words (serve's patch) then costs four
    /// bytes, not a whole resolution, for each word of the analyser, whose ids run over the corpus.
    /// </summary>
    private sealed class Resolutions(int expected)
    {
        // By word id: one more than the word's place in Items; 0 while it is not resolved.
        public int[] Slots { get; private set; } = new int[Math.Max(1024, expected)];

        public Resolution[] Items { get; private set; } = new Resolution[Math.Max(256, expected)];

        private int count;

        public ref readonly Resolution Of(int id) => ref Items[Slots[id] - 1];

        /// <summary>Keeps the resolution of the word <paramref name="id"/>; its slot.</summary>
        public int Add(int id, Resolution resolution)
        {
            if (id >= Slots.Length)
            {
                var slots = Slots;
                Array.Resize(ref slots, Math.Max(slots.Length * 2, id + 1));
                Slots = slots;
            }

            if (count == Items.Length)
            {
                var items = Items;
                Array.Resize(ref items, items.Length * 2);
                Items = items;
            }

            Items[count++] = resolution;
            Slots[id] = count;
            return count;
        }
    }

    // A term's posting in the document being added: its summed weights and the last of its words (in sources).
    private struct Slot
    {
        public int Term;
        public int Weight;
        public int Attached;
        public int Head;
    }

    // A word of the document (its place in the analysis) posted under a slot's term, and the slot's word before it (-1: none).
    private readonly record struct SourceWord(int Word, Source Kind, int Next);

    private enum Source : byte
    {
        Own,
        Form,
        // A compound posted under a part's term, which page.js marks unlisted (Part) or listed (Compound, see CompoundMark).
        Part,
        Compound,
    }

    private int TwinOf(int term)
    {
        if (twins[term] == 0)
        {
            var twin = TermId(terms[term] + AttachmentMark);
            twins[term] = twin + 1;
        }

        return twins[term] - 1;
    }

    private int TermId(string term)
    {
        // One look-up, which a new term's entry is made by.
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(termIds, term, out var known);
        var id = entry;
        if (!known)
        {
            id = terms.Count;
            entry = id;
            terms.Add(term);
            if (id >= termStamp.Length)
            {
                Array.Resize(ref termStamp, termStamp.Length * 2);
                Array.Resize(ref termSlot, termSlot.Length * 2);
                Array.Resize(ref kept, kept.Length * 2);
                Array.Resize(ref twins, twins.Length * 2);
            }

            kept[id] = Only is null || Only.Contains(term);
        }

        return id;
    }
}
