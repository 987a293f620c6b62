namespace Suite.Quality.Domain;

/// <summary>
/// Aho-Corasick over UTF-16 chars compiled to a dense DFA: every char maps to a class (the chars the phrases
/// use, after case folding; class 0 for all others) and every state has a full row of next states, so the
/// scan costs two array reads per char and no failure-link walks. States that end a phrase are stored
/// negated, so the hot loop only tests a sign. The table grows with states x classes; a phrase set too big
/// for <see cref="MaxEntries"/> is not compiled (see <see cref="TryBuild"/>).
/// </summary>
internal sealed class PhraseAutomaton
{
    /// <summary>32 MB of transitions: far above what a tenant's red-line lists need (500 phrases take about 2 MB).</summary>
    public const int MaxEntries = 1 << 23;

    private readonly int[] _classOf;
    private readonly int[] _next;

    private PhraseAutomaton(int[] classOf, int[] next)
    {
        _classOf = classOf;
        _next = next;
    }

    /// <summary>The automaton of the phrases (already distinct and non-blank), or null when its table would exceed <see cref="MaxEntries"/>.</summary>
    public static PhraseAutomaton? TryBuild(IReadOnlyList<string> phrases)
    {
        var classes = new Dictionary<char, int>();
        foreach (var phrase in phrases)
        {
            foreach (var symbol in phrase)
            {
                classes.TryAdd(CaseFolding.Fold(symbol), classes.Count + 1);
            }
        }

        var width = classes.Count + 1;
        var children = new List<Dictionary<int, int>> { new() };
        var ends = new List<bool> { false };
        foreach (var phrase in phrases)
        {
            var state = 0;
            foreach (var symbol in phrase)
            {
                var symbolClass = classes[CaseFolding.Fold(symbol)];
                if (!children[state].TryGetValue(symbolClass, out var child))
                {
                    child = children.Count;
                    children[state][symbolClass] = child;
                    children.Add([]);
                    ends.Add(false);
                }

                state = child;
            }

            ends[state] = true;
        }

        if ((long)children.Count * width > MaxEntries)
        {
            return null;
        }

        var next = new int[children.Count * width];
        var failure = new int[children.Count];
        var queue = new Queue<int>();
        foreach (var (symbolClass, child) in children[0])
        {
            next[symbolClass] = child;
            queue.Enqueue(child);
        }

        // Breadth first, so the row of a state's failure (always shallower) is complete before the state's own.
        while (queue.TryDequeue(out var state))
        {
            ends[state] |= ends[failure[state]];
            Array.Copy(next, failure[state] * width, next, state * width, width);
            foreach (var (symbolClass, child) in children[state])
            {
                failure[child] = next[failure[state] * width + symbolClass];
                next[state * width + symbolClass] = child;
                queue.Enqueue(child);
            }
        }

        for (var entry = 0; entry < next.Length; entry++)
        {
            var target = next[entry];
            next[entry] = ends[target] ? -(target * width) - 1 : target * width;
        }

        var classOf = new int[char.MaxValue + 1];
        for (var symbol = 0; symbol <= char.MaxValue; symbol++)
        {
            classOf[symbol] = classes.GetValueOrDefault(CaseFolding.Fold((char)symbol));
        }

        return new PhraseAutomaton(classOf, next);
    }

    /// <summary>The index of the first char at which some phrase that lies wholly inside <paramref name="text"/> ends, or -1.</summary>
    public int FirstEnd(ReadOnlySpan<char> text)
    {
        var classOf = _classOf;
        var next = _next;
        var row = 0;
        for (var index = 0; index < text.Length; index++)
        {
            row = next[row + classOf[text[index]]];
            if (row < 0)
            {
                return index;
            }
        }

        return -1;
    }
}

/// <summary>Ordinal case folding, char by char, as <see cref="StringComparison.OrdinalIgnoreCase"/> does it.</summary>
internal static class CaseFolding
{
    private static readonly char[] Upper = BuildTable();

    public static char Fold(char symbol) => Upper[symbol];

    public static bool Equal(ReadOnlySpan<char> text, string phrase)
    {
        if (text.Length != phrase.Length)
        {
            return false;
        }

        for (var index = 0; index < phrase.Length; index++)
        {
            if (Upper[text[index]] != Upper[phrase[index]])
            {
                return false;
            }
        }

        return true;
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var symbol = 0; symbol <= char.MaxValue; symbol++)
        {
            table[symbol] = char.ToUpperInvariant((char)symbol);
        }

        return table;
    }
}
