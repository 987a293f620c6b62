using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

/// <summary>Checked against the worked examples of the textbook definitions (Cohen 1960; Fleiss 1971, as tabulated on Wikipedia).</summary>
public sealed class KappaTests
{
    private static List<(bool, bool)> Pairs(int yesYes, int yesNo, int noYes, int noNo) =>
    [
        .. Enumerable.Repeat((true, true), yesYes), .. Enumerable.Repeat((true, false), yesNo),
        .. Enumerable.Repeat((false, true), noYes), .. Enumerable.Repeat((false, false), noNo),
    ];

    [Theory]
    [InlineData(20, 5, 10, 15, 0.4)]
    [InlineData(45, 15, 25, 15, 0.1304348)]
    [InlineData(25, 35, 5, 35, 0.2592593)]
    public void Cohens_kappa_matches_the_worked_examples(int yesYes, int yesNo, int noYes, int noNo, double expected) =>
        Assert.Equal(expected, Kappa.Cohen(Pairs(yesYes, yesNo, noYes, noNo))!.Value, 6);

    [Fact]
    public void Cohens_kappa_is_1_for_perfect_agreement_and_undefined_when_chance_explains_everything()
    {
        Assert.Equal(1.0, Kappa.Cohen(Pairs(3, 0, 0, 2))!.Value, 9);
        Assert.Null(Kappa.Cohen(Pairs(5, 0, 0, 0)));
        Assert.Equal(-1.0, Kappa.Cohen(Pairs(0, 4, 4, 0))!.Value, 9);
        Assert.Throws<ArgumentException>(() => Kappa.Cohen(new List<(bool, bool)>()));
    }

    [Fact]
    public void Fleiss_kappa_matches_the_worked_example_of_14_raters_10_subjects_5_categories()
    {
        int[][] table =
        [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ];
        var subjects = table
            .Select(row => (IReadOnlyDictionary<int, int>)row.Select((count, category) => (category, count)).ToDictionary())
            .ToList();

        Assert.Equal(0.2099307, Kappa.Fleiss(subjects)!.Value, 6);
    }

    [Fact]
    public void Fleiss_kappa_needs_the_same_raters_for_every_subject()
    {
        List<IReadOnlyDictionary<string, int>> uneven = [new Dictionary<string, int> { ["pass"] = 3 }, new Dictionary<string, int> { ["pass"] = 2 }];
        List<IReadOnlyDictionary<string, int>> single = [new Dictionary<string, int> { ["pass"] = 1 }];
        List<IReadOnlyDictionary<string, int>> unanimous = [new Dictionary<string, int> { ["pass"] = 3 }, new Dictionary<string, int> { ["pass"] = 3 }];

        Assert.Throws<ArgumentException>(() => Kappa.Fleiss(uneven));
        Assert.Throws<ArgumentException>(() => Kappa.Fleiss(single));
        Assert.Null(Kappa.Fleiss(unanimous));
    }
}
