using System.Buffers;

namespace Suite.Quality.Domain;

/// <summary>
/// Finds many phrases in one pass over a text with <see cref="SearchValues{T}"/> (vectorised multi-string
/// search). Matching ignores case for Latin script (ordinal case folding); Chinese has no case and matches
/// as written. Matches do not overlap: at each position the longest phrase wins and the scan resumes after it.
/// </summary>
public sealed class PhraseScanner<TTag>
{
    private readonly SearchValues<string> _phrases;
    private readonly Dictionary<char, (string Phrase, TTag Tag)[]> _byFirstChar;

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

        _phrases = SearchValues.Create(distinct.Select(entry => entry.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase);
        _byFirstChar = distinct
            .GroupBy(entry => char.ToUpperInvariant(entry.Phrase[0]))
            .ToDictionary(group => group.Key, group => group.OrderByDescending(entry => entry.Phrase.Length).ToArray());
    }

    public bool IsEmpty => _byFirstChar.Count == 0;

    public bool ContainsAny(string text) => !IsEmpty && text.AsSpan().ContainsAny(_phrases);

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
            var found = text.AsSpan(offset).IndexOfAny(_phrases);
            if (found < 0)
            {
                break;
            }

            var position = offset + found;
            var (phrase, tag) = LongestAt(text, position);
            matches.Add((position, phrase.Length, phrase, tag));
            offset = position + phrase.Length;
        }

        return matches;
    }

    private (string Phrase, TTag Tag) LongestAt(string text, int position)
    {
        var rest = text.AsSpan(position);
        foreach (var candidate in _byFirstChar[char.ToUpperInvariant(text[position])])
        {
            if (rest.StartsWith(candidate.Phrase, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"SearchValues reported a phrase at {position} that no phrase starts.");
    }
}
