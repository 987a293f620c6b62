namespace Suite.Quality.Domain;

/// <summary>
/// Which scorecard applies to a conversation: the store's own, else its channel's, else the tenant-wide
/// one (neither store nor channel), each in its latest version.
/// </summary>
public static class ScorecardSelection
{
    public static Scorecard? Choose(IEnumerable<Scorecard> scorecards, string storeCode, string? channel)
    {
        var latest = scorecards.GroupBy(scorecard => scorecard.Key)
            .Select(versions => versions.MaxBy(scorecard => scorecard.Version)!)
            .ToList();
        return latest.Where(scorecard => scorecard.StoreCode == storeCode).MinBy(scorecard => scorecard.Key)
            ?? latest.Where(scorecard => scorecard.StoreCode is null && channel is not null && scorecard.Channel == channel).MinBy(scorecard => scorecard.Key)
            ?? latest.Where(scorecard => scorecard.StoreCode is null && scorecard.Channel is null).MinBy(scorecard => scorecard.Key);
    }
}
