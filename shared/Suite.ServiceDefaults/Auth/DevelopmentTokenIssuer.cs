using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Suite.ServiceDefaults.Auth;

/// <summary>
/// Signs tokens with a symmetric key, for the embedded default's demo users and for tests.
/// Production tokens come from a real identity provider named by <see cref="SuiteAuthOptions.Authority"/>.
/// </summary>
public sealed class DevelopmentTokenIssuer(SuiteAuthOptions options, TimeProvider timeProvider)
{
    public string Issue(string subject, string tenantId, IEnumerable<string> roles, TimeSpan? lifetime = null, string? name = null, Guid? agentId = null)
    {
        var key = options.SigningKey
            ?? throw new InvalidOperationException("Auth:SigningKey must be set to issue development tokens.");
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(SuiteClaims.Subject, subject),
            new(SuiteClaims.Tenant, tenantId),
        };
        if (name is not null)
        {
            claims.Add(new Claim(SuiteClaims.Name, name));
        }

        if (agentId is { } agent)
        {
            claims.Add(new Claim(SuiteClaims.Agent, agent.ToString()));
        }

        claims.AddRange(roles.Select(role => new Claim(SuiteClaims.Role, role)));

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(12)),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
