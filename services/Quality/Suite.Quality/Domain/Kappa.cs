namespace Suite.Quality.Domain;

/// <summary>
/// Chance-corrected agreement between raters who put the same subjects into categories.
/// Both answer null when agreement by chance is already certain (every rating in one category),
/// where kappa is undefined.
/// </summary>
public static class Kappa
{
    /// <summary>Cohen's kappa for two raters: (po - pe) / (1 - pe) over the pairs of their ratings of each subject.</summary>
    public static double? Cohen<TCategory>(IReadOnlyList<(TCategory First, TCategory Second)> ratings) where TCategory : notnull
    {
        if (ratings.Count == 0)
        {
            throw new ArgumentException("Kappa needs at least one rated subject.", nameof(ratings));
        }

        double n = ratings.Count;
        var observed = ratings.Count(pair => EqualityComparer<TCategory>.Default.Equals(pair.First, pair.Second)) / n;
        var first = ratings.CountBy(pair => pair.First).ToDictionary();
        var second = ratings.CountBy(pair => pair.Second).ToDictionary();
        var expected = first.Sum(category => category.Value / n * (second.GetValueOrDefault(category.Key) / n));
        return Chance(observed, expected);
    }

    /// <summary>
    /// Fleiss' kappa for any number of raters (at least two per subject, the same number for every
    /// subject). Each subject is given as how many raters put it in each category.
    /// </summary>
    public static double? Fleiss<TCategory>(IReadOnlyList<IReadOnlyDictionary<TCategory, int>> subjects) where TCategory : notnull
    {
        if (subjects.Count == 0)
        {
            throw new ArgumentException("Kappa needs at least one rated subject.", nameof(subjects));
        }

        var raters = subjects[0].Values.Sum();
        if (raters < 2 || subjects.Any(subject => subject.Values.Sum() != raters || subject.Values.Any(count => count < 0)))
        {
            throw new ArgumentException("Every subject must be rated by the same number of raters, at least two.", nameof(subjects));
        }

        double n = raters;
        var observed = subjects.Average(subject => (subject.Values.Sum(count => (double)count * count) - n) / (n * (n - 1)));
        var totals = new Dictionary<TCategory, double>();
        foreach (var (category, count) in subjects.SelectMany(subject => subject))
        {
            totals[category] = totals.GetValueOrDefault(category) + count;
        }

        var expected = totals.Values.Sum(total => Math.Pow(total / (subjects.Count * n), 2));
        return Chance(observed, expected);
    }

    private static double? Chance(double observed, double expected) =>
        expected >= 1 - 1e-12 ? null : (observed - expected) / (1 - expected);
}
