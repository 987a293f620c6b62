using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Suite.ServiceDefaults.Auth;

namespace Suite.Training.Api;

/// <summary>
/// Who may see or act on one agent's records: management sees everyone's, an agent only its own (the
/// agent id in its token). Anyone else in the tenant gets a 403 that says why.
/// </summary>
internal static class Access
{
    /// <summary>Null when the caller may read the agent's records; otherwise the 403 to answer with.</summary>
    public static ProblemHttpResult? ToReadRecordsOf(ClaimsPrincipal caller, Guid agentId) =>
        caller.IsManagementOrAgent(agentId)
            ? null
            : Problems.Forbidden($"Only management and agent {agentId} themselves may see agent {agentId}'s training records.");

    /// <summary>Null when the caller is the agent itself; a quiz is taken by the agent, never on its behalf.</summary>
    public static ProblemHttpResult? ToActAs(ClaimsPrincipal caller, Guid agentId) =>
        caller.AgentId() switch
        {
            null => Problems.Forbidden("Only an agent takes a quiz, as themselves: this token names no agent."),
            var own when own == agentId => null,
            var own => Problems.Forbidden($"This token is agent {own}'s; it cannot act on agent {agentId}'s attempts."),
        };
}
