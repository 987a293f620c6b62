using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

/// <summary>The answer to an agent reading another agent's records (the rule is CallerExtensions.IsManagementOrAgent).</summary>
internal static class CallerScope
{
    public static ProblemHttpResult NotYours() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "An agent reads only its own records.",
            detail: "Management reads every agent's; the token's agent id is not this agent's.");
}
