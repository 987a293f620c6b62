using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

/// <summary>Whose records a caller may read: management reads everyone's, an agent only its own.</summary>
internal static class CallerScope
{
    public static bool MayRead(this ClaimsPrincipal user, Guid agentId) =>
        user.IsInAnyRole(SuiteRoles.Management) || user.AgentId() == agentId;

    public static ProblemHttpResult NotYours() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "An agent reads only its own records.",
            detail: "Management reads every agent's; the token's agent id is not this agent's.");
}
