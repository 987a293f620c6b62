using System.Globalization;

namespace Suite.Contracts.Scheduling.V1;

/// <summary>
/// Reading Scheduling's whole directory (or a team's) takes several pages for a large centre; the services
/// that need it all ask the same way, so the paging loop lives here once.
/// </summary>
public static class EveryAgent
{
    /// <summary>The largest page Scheduling gives: fewer round trips for a big centre.</summary>
    public const int LargestPage = 200;

    /// <summary>
    /// Every agent of the caller's tenant, or of one team (exact name) when <paramref name="team"/> is not
    /// empty. Each page gets <paramref name="deadlinePerPage"/>; an RpcException goes up unchanged, so the
    /// caller's request fails (503) before anything is written.
    /// </summary>
    public static async Task<List<Agent>> ListEveryAgentAsync(
        this SchedulingService.SchedulingServiceClient scheduling, string team, TimeSpan deadlinePerPage, CancellationToken cancellationToken)
    {
        var agents = new List<Agent>();
        var request = new ListAgentsRequest { Team = team, PageSize = LargestPage };
        do
        {
            // gRPC measures deadlines on the system clock, so this one cannot come from an injected TimeProvider.
            var reply = await scheduling.ListAgentsAsync(request, deadline: DateTime.UtcNow.Add(deadlinePerPage), cancellationToken: cancellationToken);
            agents.AddRange(reply.Agents);
            request.PageToken = reply.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        return agents;
    }
}

public sealed partial class Agent
{
    /// <summary>The hire date, or null when Scheduling did not give one it could state as an ISO date.</summary>
    public DateOnly? HiredOnDate =>
        DateOnly.TryParseExact(HiredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var hiredOn) ? hiredOn : null;
}
