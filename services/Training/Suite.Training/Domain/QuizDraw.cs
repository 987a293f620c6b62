namespace Suite.Training.Domain;

/// <summary>
/// Which questions an attempt asks. The seed is kept on the attempt, so a draw can be replayed exactly
/// (and tests can pin it).
/// </summary>
public static class QuizDraw
{
    /// <summary>
    /// Draws <paramref name="count"/> distinct questions. The bank is sorted first, so the same bank and
    /// seed always give the same questions in the same order, whatever order the database returned.
    /// </summary>
    public static List<Guid> Draw(IEnumerable<Guid> bank, int count, int seed)
    {
        var pool = bank.Distinct().Order().ToArray();
        if (count < 0 || count > pool.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The bank has {pool.Length} questions.");
        }

        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(i, pool.Length);
            (pool[i], pool[pick]) = (pool[pick], pool[i]);
        }

        return pool.Take(count).ToList();
    }
}
