using Suite.Contracts.Training.V1;

namespace Suite.Quality.Peers;

/// <summary>
/// What the appraisal needs from Training: whether anything is overdue, and the skills the agent holds a
/// current certification for (Training answers as of now; it keeps no history of standings).
/// </summary>
public sealed record TrainingStanding(bool Complete, IReadOnlySet<string> CertifiedSkills);

/// <summary>Asks Training over gRPC with the caller's token; like <see cref="CentreRoster"/>, a silent Training fails the request.</summary>
public sealed class TrainingRecords(TrainingService.TrainingServiceClient training)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <summary>Calls in flight at once: enough to hide latency, few enough not to flood Training at month end.</summary>
    private const int Parallelism = 8;

    public async Task<Dictionary<Guid, TrainingStanding>> StandingsAsync(IReadOnlyList<Guid> agentIds, CancellationToken cancellationToken)
    {
        var standings = new Dictionary<Guid, TrainingStanding>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(agentIds, options, async (agentId, token) =>
        {
            var status = await training.GetAgentTrainingStatusAsync(
                new GetAgentTrainingStatusRequest { AgentId = agentId.ToString() },
                deadline: DateTime.UtcNow.Add(Deadline),
                cancellationToken: token);
            var standing = new TrainingStanding(
                status.OverdueEnrolments.Count == 0,
                status.Certifications.Select(certification => certification.Skill).ToHashSet(StringComparer.Ordinal));
            lock (standings)
            {
                standings[agentId] = standing;
            }
        });
        return standings;
    }
}
