using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>
/// A course an agent must take because of something that happened to them (a red line, a low QA score,
/// an upheld complaint). <see cref="Cause"/> names that happening; an agent gets a course once per cause.
/// </summary>
public sealed class RemedialAssignment : ITenantOwned
{
    private RemedialAssignment()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public Guid CourseId { get; private set; }

    /// <summary>A stable key of the cause, e.g. "evaluation:{id}:red-line:RL-03" or "complaint:{id}".</summary>
    public string Cause { get; private set; } = "";

    /// <summary>Why, in words, for the agent and their supervisor.</summary>
    public string Reason { get; private set; } = "";

    public DateTimeOffset AssignedAt { get; private set; }

    public DateOnly DueOn { get; private set; }

    public static RemedialAssignment For(Guid agentId, RemedialMatch match, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = agentId,
        CourseId = match.CourseId,
        Cause = match.Cause,
        Reason = match.Reason,
        AssignedAt = now,
        DueOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(match.DueAfterDays),
    };
}
