using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class PhraseScannerTests
{
    private static PhraseScanner<string> Scanner(params string[] phrases) => new(phrases.Select(phrase => (phrase, phrase)));

    [Fact]
    public void Every_occurrence_is_found_with_its_position()
    {
        var matches = Scanner("第一", "best").FindAll("全网第一,the best, 第一名");

        Assert.Equal([(2, 2, "第一"), (9, 4, "best"), (15, 2, "第一")], matches.Select(match => (match.Position, match.Length, match.Phrase)));
    }

    [Fact]
    public void Latin_script_matches_whatever_its_case_and_reports_the_phrase_as_configured()
    {
        var matches = Scanner("best", "No.1").FindAll("The BEST price, we are NO.1 and Best");

        Assert.Equal(["best", "No.1", "best"], matches.Select(match => match.Phrase));
        Assert.Equal([4, 23, 32], matches.Select(match => match.Position));
    }

    [Fact]
    public void The_longest_phrase_at_a_position_wins_and_matches_do_not_overlap()
    {
        var matches = Scanner("最低", "最低价", "价格").FindAll("全网最低价格");

        Assert.Equal([(2, "最低价")], matches.Select(match => (match.Position, match.Phrase)));
    }

    [Fact]
    public void Each_match_carries_the_tag_of_its_phrase()
    {
        var scanner = new PhraseScanner<RedLineCategory>([("加微信", RedLineCategory.OffPlatform), ("idiot", RedLineCategory.Abuse)]);

        var matches = scanner.FindAll("Idiot! 加微信吧");

        Assert.Equal([RedLineCategory.Abuse, RedLineCategory.OffPlatform], matches.Select(match => match.Tag));
    }

    [Fact]
    public void Blank_and_repeated_phrases_are_ignored_and_an_empty_scanner_finds_nothing()
    {
        var scanner = new PhraseScanner<int>([("best", 1), ("BEST", 2), (" ", 3), ("", 4)]);
        var empty = Scanner();

        Assert.Equal([1], scanner.FindAll("best").Select(match => match.Tag));
        Assert.True(empty.IsEmpty);
        Assert.Empty(empty.FindAll("best"));
        Assert.False(empty.ContainsAny("best"));
    }

    [Fact]
    public void ContainsAny_answers_presence()
    {
        var scanner = Scanner("您好", "hello");

        Assert.True(scanner.ContainsAny("亲,您好!"));
        Assert.True(scanner.ContainsAny("HELLO there"));
        Assert.False(scanner.ContainsAny("在的"));
    }

    [Fact]
    public void The_leftmost_match_wins_even_when_a_later_starting_phrase_ends_first()
    {
        var matches = Scanner("cd", "bcdef", "fgh").FindAll("abcdefgh cd");

        Assert.Equal([(1, "bcdef"), (9, "cd")], matches.Select(match => (match.Position, match.Phrase)));
    }

    [Theory]
    [InlineData(20, 4)]
    [InlineData(400, 60)]
    public void Small_and_huge_phrase_sets_find_what_a_naive_search_finds(int phraseCount, int maxLength)
    {
        // 400 phrases of up to 60 chars from a wide alphabet exceed the automaton's table and take the fallback path.
        var random = new Random(11);
        const string Alphabet = "abcAB最低价格第一加微信好的您亲";
        var wide = Enumerable.Range(0x4E00, 3000).Select(code => (char)code).ToArray();
        var phrases = Enumerable.Range(0, phraseCount)
            .Select(index => new string(Enumerable.Range(0, random.Next(1, maxLength + 1))
                .Select(_ => index % 2 == 0 ? Alphabet[random.Next(Alphabet.Length)] : wide[random.Next(wide.Length)]).ToArray()))
            .ToArray();
        var scanner = Scanner(phrases);

        for (var round = 0; round < 200; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            if (round % 3 == 0)
            {
                text = text.Insert(random.Next(text.Length + 1), phrases[random.Next(phrases.Length)]);
            }

            Assert.Equal(Naive(phrases, text), scanner.FindAll(text).Select(match => (match.Position, match.Length)).ToList());
        }
    }

    /// <summary>Leftmost start, longest phrase there, no overlap: the definition, one position at a time.</summary>
    private static List<(int Position, int Length)> Naive(string[] phrases, string text)
    {
        var matches = new List<(int, int)>();
        var position = 0;
        while (position < text.Length)
        {
            var longest = phrases.Where(phrase => !string.IsNullOrWhiteSpace(phrase) && text.AsSpan(position).StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                .Select(phrase => phrase.Length).DefaultIfEmpty(0).Max();
            if (longest > 0)
            {
                matches.Add((position, longest));
                position += longest;
            }
            else
            {
                position++;
            }
        }

        return matches;
    }
}
