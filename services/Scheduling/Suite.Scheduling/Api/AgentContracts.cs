using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Api;

/// <summary>The body of POST /api/scheduling/agents.</summary>
public sealed record HireAgentRequest(
    string EmployeeNumber,
    string DisplayName,
    string Team,
    CareerLevel Level,
    IReadOnlyList<string>? Skills,
    DateOnly HiredOn);

public sealed record AgentResponse(
    Guid Id,
    string EmployeeNumber,
    string DisplayName,
    string Team,
    CareerLevel Level,
    IReadOnlyList<string> Skills,
    DateOnly HiredOn,
    DateTimeOffset CreatedAt)
{
    public static AgentResponse From(Agent agent) => new(
        agent.Id, agent.EmployeeNumber, agent.DisplayName, agent.Team, agent.Level, agent.Skills, agent.HiredOn, agent.CreatedAt);
}

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
