namespace DecisionsPortal.Search;

/// <summary>
/// One document's words as the index needs them, independent of every other document (so
/// <c>serve</c> can keep it while the text is unchanged): each distinct indexed word (with its
/// term) and its summed field weight and positions (word i's are
/// <c>Positions[PositionStarts[i]..PositionStarts[i + 1]]</c>, ascending), and the words that
/// feed the compound dictionary. Compound parts are not here: they depend on the whole corpus.
/// Words of attachments (fields of weight 0) count in <see cref="Attached"/> (occurrences), not in
/// <see cref="Weights"/> or <see cref="Length"/>, and not in the vocabulary: a long PDF neither makes
/// its decision rank lower for the decision's own words nor splits other decisions' compounds.
/// <see cref="Ids"/> are the words' ids (<see cref="IndexWord.Id"/>), read by the index build
/// for each of millions of (document, word) pairs without a read of the word's object.
/// </summary>
internal sealed record DocumentAnalysis(
    IndexWord[] Words,
    int[] Weights,
    int[] PositionStarts,
    int[] Positions,
    int Length,
    IndexWord[] Vocabulary,
    int[] Attached,
    int[] Ids);
