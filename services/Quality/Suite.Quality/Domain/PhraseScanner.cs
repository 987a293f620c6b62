using System.Buffers;

namespace Suite.Quality.Domain;

/// <summary>
/// Finds many phrases in one pass over a text. Matching ignores case for Latin script (ordinal case
/// folding); Chinese has no case and matches as written. Matches do not overlap: the match that starts
/// leftmost wins, the longest phrase at that position, and the scan resumes after it.
/// The pass runs on an Aho-Corasick DFA (<see cref="PhraseAutomaton"/>); a phrase set too big for its
/// table falls back to <see cref="SearchValues{T}"/> (vectorised multi-string search), which is slower on
/// hundreds of phrases but has no table to build.
/// </summary>
public sealed class PhraseScanner<TTag>
{
    private readonly SearchValues<string>? _searchValues;
    private readonly PhraseAutomaton? _automaton;
    private readonly Dictionary<char, (string Phrase, TTag Tag)[]> _byFirstChar;
    private readonly int _longest;

    /// <summary>Blank phrases are ignored; a phrase listed twice keeps its first tag.</summary>
    public PhraseScanner(IEnumerable<(string Phrase, TTag Tag)> phrases)
    {
        var distinct = new List<(string Phrase, TTag Tag)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, tag) in phrases)
        {
            if (!string.IsNullOrWhiteSpace(phrase) && seen.Add(phrase))
            {
                distinct.Add((phrase, tag));
            }
        }

        _automaton = PhraseAutomaton.TryBuild(distinct.Select(entry => entry.Phrase).ToList());
        if (_automaton is null)
        {
            _searchValues = SearchValues.Create(distinct.Select(entry => entry.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase);
        }

        _byFirstChar = distinct
            .GroupBy(entry => CaseFolding.Fold(entry.Phrase[0]))
            .ToDictionary(group => group.Key, group => group.OrderByDescending(entry => entry.Phrase.Length).ToArray());
        _longest = distinct.Count == 0 ? 0 : distinct.Max(entry => entry.Phrase.Length);
    }

    public bool IsEmpty => _byFirstChar.Count == 0;

    public bool ContainsAny(string text) =>
        !IsEmpty && (_automaton is not null ? _automaton.FirstEnd(text) >= 0 : text.AsSpan().ContainsAny(_searchValues!));

    /// <summary>Every match as (position, length, phrase as configured, tag), in order of position.</summary>
    public List<(int Position, int Length, string Phrase, TTag Tag)> FindAll(string text)
    {
        var matches = new List<(int, int, string, TTag)>();
        if (IsEmpty)
        {
            return matches;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            var position = _automaton is not null ? LeftmostStart(text, offset) : SearchValuesStart(text, offset);
            if (position < 0)
            {
                break;
            }

            var (phrase, tag) = LongestAt(text, position)
                ?? throw new InvalidOperationException($"A phrase was reported at {position} that no phrase starts.");
            matches.Add((position, phrase.Length, phrase, tag));
            offset = position + phrase.Length;
        }

        return matches;
    }

    /// <summary>
    /// The automaton reports where the first match ends; the leftmost match may start before the start of
    /// that one (and end later), but no earlier than one longest phrase back, since it would have ended first.
    /// </summary>
    private int LeftmostStart(string text, int offset)
    {
        var end = _automaton!.FirstEnd(text.AsSpan(offset));
        if (end < 0)
        {
            return -1;
        }

        end += offset;
        for (var start = Math.Max(offset, end - _longest + 1); start <= end; start++)
        {
            if (LongestAt(text, start) is not null)
            {
                return start;
            }
        }

        throw new InvalidOperationException($"The automaton reported a phrase ending at {end} that no phrase matches.");
    }

    private int SearchValuesStart(string text, int offset)
    {
        var found = text.AsSpan(offset).IndexOfAny(_searchValues!);
        return found < 0 ? -1 : offset + found;
    }

    private (string Phrase, TTag Tag)? LongestAt(string text, int position)
    {
        if (!_byFirstChar.TryGetValue(CaseFolding.Fold(text[position]), out var candidates))
        {
            return null;
        }

        var rest = text.AsSpan(position);
        foreach (var candidate in candidates)
        {
            if (candidate.Phrase.Length <= rest.Length && CaseFolding.Equal(rest[..candidate.Phrase.Length], candidate.Phrase))
            {
                return candidate;
            }
        }

        return null;
    }
}
