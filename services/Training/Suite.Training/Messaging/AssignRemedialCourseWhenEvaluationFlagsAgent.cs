using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Messaging;

/// <summary>
/// Assigns the tenant's mapped course for each red line hit, each scorecard criterion judged not met, and
/// a score under the threshold.
/// </summary>
public sealed class AssignRemedialCourseWhenEvaluationFlagsAgent(TrainingDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<EvaluationCompleted, TrainingDbContext>(db, tenant, clock)
{
    protected override async Task ApplyAsync(EvaluationCompleted message, CancellationToken cancellationToken)
    {
        var rules = await Db.RemedialRules.AsNoTracking()
            .Where(rule => rule.Kind == RemedialCauseKind.RedLine || rule.Kind == RemedialCauseKind.LowScore || rule.Kind == RemedialCauseKind.Criterion)
            .ToListAsync(cancellationToken);
        var matches = RemedialRules.ForEvaluation(
            message.EvaluationId, message.Score, (message.RedLineHits ?? []).Select(hit => hit.Code), rules,
            message.Criteria?.Select(verdict => (verdict.SectionKey, verdict.CriterionKey, verdict.Outcome)));
        await RemedialAssigning.AssignAsync(Db, message.AgentId, matches, Clock.GetUtcNow(), cancellationToken);
    }
}
