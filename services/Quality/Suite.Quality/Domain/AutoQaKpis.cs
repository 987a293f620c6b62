namespace Suite.Quality.Domain;

/// <summary>The auto-QA figures of one conversation that KPIs are measured from.</summary>
public sealed record ConversationFigures(double? FirstResponseSeconds, double? AverageResponseSeconds, int AnsweredBlocks, int AnsweredWithinThreshold, int AgentMessages, int CustomerMessages, int? Csat);

/// <summary>
/// The KPIs measured from an agent's conversations over a period. Rates and ratios are pooled over the
/// period (total answered within the threshold over total answered), not averages of per-chat rates,
/// so a one-line chat weighs no more than a long one; the average response time likewise weighs each
/// conversation's average by its answered customer blocks.
/// </summary>
public static class AutoQaKpis
{
    public static Dictionary<string, decimal?> Measure(IReadOnlyList<ConversationFigures> conversations)
    {
        var firstResponses = conversations.Where(figures => figures.FirstResponseSeconds is not null).Select(figures => figures.FirstResponseSeconds!.Value).ToList();
        var answered = conversations.Sum(figures => figures.AnsweredBlocks);
        var customerMessages = conversations.Sum(figures => figures.CustomerMessages);
        var timed = conversations.Where(figures => figures.AverageResponseSeconds is not null && figures.AnsweredBlocks > 0).ToList();
        var timedBlocks = timed.Sum(figures => figures.AnsweredBlocks);
        var ratings = conversations.Where(figures => figures.Csat is not null).Select(figures => figures.Csat!.Value).ToList();
        return new Dictionary<string, decimal?>
        {
            [KpiRules.ReceptionCount] = conversations.Count,
            [KpiRules.FirstResponseSeconds] = firstResponses.Count == 0 ? null : Round((decimal)firstResponses.Average()),
            [KpiRules.AverageResponseSeconds] = timedBlocks == 0 ? null
                : Round((decimal)(timed.Sum(figures => figures.AverageResponseSeconds!.Value * figures.AnsweredBlocks) / timedBlocks)),
            [KpiRules.ResponseRate] = answered == 0 ? null : Round((decimal)conversations.Sum(figures => figures.AnsweredWithinThreshold) / answered),
            [KpiRules.QuestionAnswerRatio] = customerMessages == 0 ? null : Round((decimal)conversations.Sum(figures => figures.AgentMessages) / customerMessages),
            [KpiRules.Csat] = ratings.Count == 0 ? null : Round((decimal)ratings.Average()),
        };
    }

    private static decimal Round(decimal value) => decimal.Round(value, 4, MidpointRounding.AwayFromZero);
}
