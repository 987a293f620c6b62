using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Quality.Domain;
using Suite.Quality.Peers;

namespace Suite.Quality.Data;

/// <summary>
/// Gathers what the appraisal of one month weighs for every agent of the centre and scores it. It only
/// reads: Scheduling and Training are asked first, so when either is down nothing has been staged.
/// </summary>
public sealed class MonthlyAppraisalRun(QualityDbContext db, CentreRoster roster, TrainingRecords training)
{
    public async Task<(AppraisalPolicy Policy, List<AppraisalResult> Lines)> ComputeAsync(int year, int month, CancellationToken cancellationToken)
    {
        var agents = await roster.ListAsync(cancellationToken);
        var standings = await training.StandingsAsync(agents.Select(agent => agent.AgentId).ToList(), cancellationToken);

        var policy = (await db.AppraisalSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.Policy ?? AppraisalPolicy.Default;
        var (start, end) = Appraisal.Window(year, month);
        var firstDay = new DateOnly(year, month, 1);
        var lastDay = firstDay.AddMonths(1).AddDays(-1);

        var conversations = (await db.Conversations.AsNoTracking()
                .Where(conversation => conversation.StartedAt >= start && conversation.StartedAt < end)
                .Select(conversation => new
                {
                    conversation.AgentId,
                    Figures = new ConversationFigures(
                        conversation.FirstResponseSeconds, conversation.AverageResponseSeconds, conversation.AnsweredBlocks, conversation.AnsweredWithinThreshold,
                        conversation.AgentMessages, conversation.CustomerMessages, conversation.Csat),
                    RedLineHits = conversation.RedLineHits.Count,
                })
                .ToListAsync(cancellationToken))
            .ToLookup(conversation => conversation.AgentId);
        var evaluations = (await db.Evaluations.AsNoTracking()
                .Where(evaluation => evaluation.CompletedAt >= start && evaluation.CompletedAt < end)
                .Select(evaluation => new { evaluation.AgentId, evaluation.Score })
                .ToListAsync(cancellationToken))
            .ToLookup(evaluation => evaluation.AgentId, evaluation => evaluation.Score);
        var upheld = (await db.LedgerEntries.AsNoTracking()
                .Where(entry => entry.Kind == LedgerEntryKind.ComplaintUpheld && entry.OccurredAt >= start && entry.OccurredAt < end)
                .Select(entry => entry.AgentId)
                .ToListAsync(cancellationToken))
            .CountBy(agentId => agentId).ToDictionary();
        var daily = (await db.KpiDailyFigures.AsNoTracking()
                .Where(figure => figure.Day >= firstDay && figure.Day <= lastDay)
                .Select(figure => new { figure.AgentId, figure.KpiCode, figure.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(figure => figure.AgentId);
        var kpis = await db.KpiDefinitions.AsNoTracking().OrderBy(kpi => kpi.Code).ToListAsync(cancellationToken);
        var levels = (await db.AgentLevels.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(record => record.AgentId);

        var inputs = agents.Select(agent =>
        {
            var measured = AutoQaKpis.Measure(conversations[agent.AgentId].Select(conversation => conversation.Figures).ToList());
            var fed = daily[agent.AgentId].GroupBy(figure => figure.KpiCode)
                .ToDictionary(group => group.Key, group => group.Select(figure => figure.Value).ToList());
            var attainments = kpis.Select(kpi => KpiRules.Attain(
                    kpi.Code, kpi.Name, kpi.Direction, kpi.Target,
                    measured.TryGetValue(kpi.Code, out var derived) ? derived : KpiRules.Aggregate(kpi.Aggregation, fed.GetValueOrDefault(kpi.Code) ?? [])))
                .ToList();
            var scores = evaluations[agent.AgentId].ToList();
            var standing = standings[agent.AgentId];
            return new AppraisalInput(
                agent.AgentId, agent.Team, agent.Level, MonthsAtLevel(agent, levels.GetValueOrDefault(agent.AgentId), lastDay), attainments,
                scores.Count == 0 ? null : scores.Average(), scores.Count, upheld.GetValueOrDefault(agent.AgentId),
                conversations[agent.AgentId].Sum(conversation => conversation.RedLineHits), standing.Complete, standing.CertifiedSkills);
        }).ToList();

        return (policy, AppraisalCalculator.Appraise(inputs, policy));
    }

    /// <summary>From the last level change Quality heard of for the agent's current level, else from the hiring date.</summary>
    private static int MonthsAtLevel(RosterAgent agent, AgentLevelRecord? record, DateOnly asOf)
    {
        DateOnly? since = record is not null && agent.Level is { } level && record.Level == WireNames.Of(level)
            ? DateOnly.FromDateTime(record.Since.UtcDateTime)
            : agent.HiredOn;
        return since is { } day ? CareerLadder.MonthsAtLevel(day, asOf) : 0;
    }
}
