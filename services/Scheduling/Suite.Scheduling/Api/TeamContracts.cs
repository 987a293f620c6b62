namespace Suite.Scheduling.Api;

/// <summary>The body of POST /api/scheduling/teams.</summary>
public sealed record CreateTeamRequest(string Name, Guid? LeaderId);

/// <summary>The body of PUT /api/scheduling/teams/{id}/leader: a null leader leaves the team without one.</summary>
public sealed record ChangeTeamLeaderRequest(Guid? LeaderId, int? Version);

/// <summary>A team, its leader (when it has one) and how many agents name it as their team.</summary>
public sealed record TeamResponse(
    Guid Id,
    string Name,
    Guid? LeaderId,
    string? LeaderName,
    int Members,
    int Version,
    DateTimeOffset CreatedAt);
