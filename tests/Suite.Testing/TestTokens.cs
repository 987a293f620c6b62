using Microsoft.Extensions.Time.Testing;
using Suite.ServiceDefaults.Auth;

namespace Suite.Testing;

/// <summary>Real signed JWTs, made the same way the embedded default makes its demo tokens.</summary>
public static class TestTokens
{
    public const string TenantA = "tenant-a";
    public const string TenantB = "tenant-b";

    public static readonly SuiteAuthOptions Options = new() { SigningKey = SuiteAuthOptions.DevelopmentSigningKey };

    public static string For(string tenant, params string[] roles) =>
        new DevelopmentTokenIssuer(Options, TimeProvider.System).Issue($"user-{tenant}-{string.Join('-', roles)}", tenant, roles);

    /// <summary>A token of an agent of the centre, carrying its Scheduling agent id.</summary>
    public static string ForAgent(string tenant, Guid agentId) =>
        new DevelopmentTokenIssuer(Options, TimeProvider.System)
            .Issue($"agent-{agentId}", tenant, [SuiteRoles.Agent], agentId: agentId);

    public static string Expired(string tenant, params string[] roles)
    {
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-2));
        return new DevelopmentTokenIssuer(Options, past).Issue("user-expired", tenant, roles, TimeSpan.FromHours(1));
    }

    public static string SignedWithAnotherKey(string tenant, params string[] roles) =>
        new DevelopmentTokenIssuer(new SuiteAuthOptions { SigningKey = new string('x', 64) }, TimeProvider.System)
            .Issue("user-forged", tenant, roles);
}
