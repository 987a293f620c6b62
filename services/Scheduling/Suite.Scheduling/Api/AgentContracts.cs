using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;

namespace Suite.Scheduling.Api;

/// <summary>The body of POST /api/scheduling/agents; the work pattern may follow later.</summary>
public sealed record HireAgentRequest(
    string EmployeeNumber,
    string DisplayName,
    string Team,
    CareerLevel Level,
    IReadOnlyList<string>? Skills,
    DateOnly HiredOn,
    decimal? ContractedWeeklyHours = null,
    int? MaxDailyReceptions = null,
    IReadOnlyList<AvailabilityWindowDto>? Availability = null);

/// <summary>The body of PATCH /api/scheduling/agents/{id}: absent fields stay as they are.</summary>
public sealed record ChangeAgentRequest(
    int? Version,
    string? DisplayName,
    string? Team,
    CareerLevel? Level,
    IReadOnlyList<string>? Skills,
    decimal? ContractedWeeklyHours,
    int? MaxDailyReceptions,
    IReadOnlyList<AvailabilityWindowDto>? Availability);

/// <summary>A weekly window as planners write it: "monday", "09:00" to "18:00".</summary>
public sealed record AvailabilityWindowDto(DayOfWeek Day, string Start, string End)
{
    public static AvailabilityWindowDto From(AvailabilityWindow window) =>
        new(window.Day, window.Start.ToString("HH:mm"), window.End.ToString("HH:mm"));
}

public sealed record AgentResponse(
    Guid Id,
    string EmployeeNumber,
    string DisplayName,
    string Team,
    CareerLevel Level,
    IReadOnlyList<string> Skills,
    DateOnly HiredOn,
    DateTimeOffset CreatedAt,
    decimal? ContractedWeeklyHours = null,
    int? MaxDailyReceptions = null,
    IReadOnlyList<AvailabilityWindowDto>? Availability = null,
    int Version = 0)
{
    public static AgentResponse From(Agent agent) => new(
        agent.Id, agent.EmployeeNumber, agent.DisplayName, agent.Team, agent.Level, agent.Skills, agent.HiredOn, agent.CreatedAt,
        agent.ContractedWeeklyHours, agent.MaxDailyReceptions, agent.Availability.Select(AvailabilityWindowDto.From).ToList(), agent.Version);
}

/// <summary>The body of PUT /api/scheduling/agents/{id}/shift-preferences: the whole list (empty clears it).</summary>
public sealed record SetShiftPreferencesRequest(IReadOnlyList<Guid>? ShiftTemplateIds);

/// <summary>The shift templates an agent prefers; <see cref="UpdatedAt"/> is null while it has stated none.</summary>
public sealed record ShiftPreferencesResponse(Guid AgentId, IReadOnlyList<Guid> ShiftTemplateIds, DateTimeOffset? UpdatedAt)
{
    public static ShiftPreferencesResponse From(Guid agentId, ShiftPreferences? preferences) =>
        new(agentId, preferences?.ShiftTemplateIds ?? [], preferences?.UpdatedAt);
}
