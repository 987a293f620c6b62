using Suite.ServiceDefaults.Auth;

namespace Suite.Standalone;

/// <summary>
/// `token [--role R]... [--tenant T] [--subject S] [--agent ID] [--hours H]`: prints a development token for the
/// embedded default, for curl and for integrators trying the API. With `--signing-key K [--issuer I]
/// [--audience A]` it signs for a distributed development run instead (the AppHost's auth parameters).
/// </summary>
internal static class TokenCommand
{
    public static int Run(string[] args, StandaloneOptions options)
    {
        var signing = new SuiteAuthOptions { SigningKey = SuiteAuthOptions.DevelopmentSigningKey };
        var roles = new List<string>();
        var tenant = options.DemoTenant;
        string? subject = null;
        Guid? agentId = null;
        var hours = 12;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--role" when value is not null:
                    roles.Add(value);
                    i++;
                    break;
                case "--tenant" when value is not null:
                    tenant = value;
                    i++;
                    break;
                case "--subject" when value is not null:
                    subject = value;
                    i++;
                    break;
                // An agent's token names its Scheduling agent id, so it may act on its own records.
                case "--agent" when Guid.TryParse(value, out var agent):
                    agentId = agent;
                    i++;
                    break;
                case "--signing-key" when value is { Length: >= 32 }:
                    signing.SigningKey = value;
                    i++;
                    break;
                case "--issuer" when value is not null:
                    signing.Issuer = value;
                    i++;
                    break;
                case "--audience" when value is not null:
                    signing.Audience = value;
                    i++;
                    break;
                case "--hours" when value is not null && int.TryParse(value, out var parsed) && parsed is > 0 and <= 24 * 30:
                    hours = parsed;
                    i++;
                    break;
                default:
                    if (args[i].StartsWith("--Standalone:", StringComparison.Ordinal))
                    {
                        break;
                    }

                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                    Console.Error.WriteLine("Usage: token [--role agent|team-leader|supervisor|manager|integrator|admin]... [--tenant T] [--subject S] [--agent AGENT-ID] [--hours 1..720] [--signing-key K (32+ chars) [--issuer I] [--audience A]]");
                    return 2;
            }
        }

        if (roles.Count == 0)
        {
            roles.Add(SuiteRoles.Supervisor);
        }

        var unknown = roles.Where(role => !SuiteRoles.All.Contains(role)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"Unknown role(s): {string.Join(", ", unknown)}. Roles: {string.Join(", ", SuiteRoles.All)}.");
            return 2;
        }

        Console.WriteLine(new DevelopmentTokenIssuer(signing, TimeProvider.System).Issue(subject ?? $"demo-{roles[0]}", tenant, roles, TimeSpan.FromHours(hours), agentId: agentId));
        return 0;
    }
}
