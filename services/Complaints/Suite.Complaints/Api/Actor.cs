using System.Security.Claims;
using Suite.Complaints.Domain;
using Suite.ServiceDefaults.Auth;

namespace Suite.Complaints.Api;

/// <summary>Who is making a change, as the audit trail records it.</summary>
internal static class Actor
{
    /// <summary>The token's subject, or null when it has none the audit trail could hold.</summary>
    public static string? Of(ClaimsPrincipal user) =>
        user.FindFirst(SuiteClaims.Subject)?.Value is { Length: > 0 and <= ComplaintRules.MaxFiledByLength } subject
        && !string.IsNullOrWhiteSpace(subject)
            ? subject
            : null;
}
