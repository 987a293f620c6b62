using Suite.ServiceDefaults.Auth;

namespace Suite.Standalone.DemoCentre;

/// <summary>
/// Lets the generator act as the centre's people where the API insists on it: an agent acknowledging or
/// disputing its own evaluation, accepting a swap or ticking its task list; team leaders scoring a
/// calibration session under their own names. The demo centre runs only on the embedded default, whose
/// gateway accepts the tokens its own issuer signs.
/// </summary>
internal sealed class DemoCentreTokens(DevelopmentTokenIssuer issuer, string tenant)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public string Agent(Guid agentId, string name) =>
        issuer.Issue($"demo-agent-{agentId}", tenant, [SuiteRoles.Agent], Lifetime, name, agentId);

    /// <summary>A team leader's token; its subject is the evaluator id calibration sessions name.</summary>
    public string TeamLeader(string subject, string name) =>
        issuer.Issue(subject, tenant, [SuiteRoles.TeamLeader], Lifetime, name);
}
