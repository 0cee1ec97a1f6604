using System.Numerics;
using System.Runtime.InteropServices;

namespace DecisionsPortal.Search;

/// <summary>
/// The distinct words of one <see cref="TextAnalyzer"/>, found by a span of characters: open
/// addressing each slot holding the word's hash and id in eight bytes, so that a look-up (one per
/// token, millions a build) reads one slot and compares the characters of one word only when the
/// hashes agree. Measured against a <c>Dictionary</c> with a span look-up, which reads a bucket, an entry
/// and the key string in three places, behind a small direct-mapped table of recent words.
/// </summary>
internal sealed class WordTable
{
    // A slot: the word's hash in the high half, its id + 1 in the low half (0: empty).
    private ulong[] slots = new ulong[1024];

    // By id, in the order the words were first seen, so the frequent ones (seen first in a
    // Zipfian text) sit together: their characters, start offsets and entries stay in the cache.
    private IndexWord[] words = new IndexWord[512];
    private int[] starts = new int[513];
    private char[] characters = new char[4096];
    private int count;

    public int Count => count;

    /// <summary>The hash of a word's characters.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        var bytes = MemoryMarshal.AsBytes(word);
        var h = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            h = Mix(h ^ MemoryMarshal.Read<ulong>(bytes[i..]));
        }

        if (i < bytes.Length)
        {
            // The last 2, 4 or 6 bytes, read as one number.
            ulong tail = 0;
            for (var k = bytes.Length - 1; k >= i; k--)
            {
                tail = (tail << 8) | bytes[k];
            }

            h = Mix(h ^ tail);
        }

        return (uint)(h ^ (h >> 32));
    }

    public IndexWord this[int id] => words[id];

    /// <summary>The id of the word (ids count from 0 in the order words were added), or -1.</summary>
    public int Find(ReadOnlySpan<char> word, uint hash)
    {
        var mask = slots.Length - 1;
        for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((uint)(entry >> 32) == hash)
            {
                var id = (int)(uint)entry - 1;
                var from = starts[id];
                if (characters.AsSpan(from, starts[id + 1] - from).SequenceEqual(word))
                {
                    return id;
                }
            }
        }
    }

    /// <summary>Adds a word not in the table, under its <paramref name="hash"/>; its id.</summary>
    public int Add(IndexWord word, uint hash)
    {
        if ((count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        if (count == words.Length)
        {
            Array.Resize(ref words, count * 2);
            Array.Resize(ref starts, (count * 2) + 1);
        }

        var from = starts[count];
        if (from + word.Text.Length > characters.Length)
        {
            Array.Resize(ref characters, Math.Max(characters.Length * 2, from + word.Text.Length));
        }

        word.Text.CopyTo(characters.AsSpan(from));
        words[count] = word;
        starts[count + 1] = from + word.Text.Length;
        count++;
        Put(slots, ((ulong)hash << 32) | (uint)count);
        return count - 1;
    }

    private static void Put(ulong[] slots, ulong entry)
    {
        var mask = slots.Length - 1;
        var slot = (int)(entry >> 32) & mask;
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = entry;
    }

    private void Grow()
    {
        var larger = new ulong[slots.Length * 2];
        foreach (var entry in slots)
        {
            if (entry != 0)
            {
                Put(larger, entry);
            }
        }

        slots = larger;
    }

    private static ulong Mix(ulong h)
    {
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ BitOperations.RotateRight(h, 29);
    }
}
