using System.Security.Claims;

namespace Suite.ServiceDefaults.Auth;

public static class CallerExtensions
{
    /// <summary>The caller's agent id, or null when the token names none (managers, integrators) or a malformed one.</summary>
    public static Guid? AgentId(this ClaimsPrincipal caller) =>
        Guid.TryParse(caller.FindFirstValue(SuiteClaims.Agent), out var agentId) ? agentId : null;

    public static bool IsInAnyRole(this ClaimsPrincipal caller, IEnumerable<string> roles) => roles.Any(caller.IsInRole);

    /// <summary>Whether the caller may see or act on one agent's own records: management, or that agent itself.</summary>
    public static bool IsManagementOrAgent(this ClaimsPrincipal caller, Guid agentId) =>
        caller.IsInAnyRole(SuiteRoles.Management) || caller.AgentId() == agentId;
}
