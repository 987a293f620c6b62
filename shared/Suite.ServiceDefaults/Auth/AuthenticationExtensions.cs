using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Suite.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer validation with the suite's claims (sub, tenant, role). Every service validates the
    /// forwarded token again, so a request that skips the gateway is no more trusted than one through it.
    /// </summary>
    public static IHostApplicationBuilder AddSuiteAuthentication(this IHostApplicationBuilder builder)
    {
        var options = ReadAuthOptions(builder.Configuration);
        EnsureSafeForEnvironment(options, builder.Environment);
        builder.Services.AddSingleton(options);

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Audience = options.Audience;
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.Authority = options.Authority;
                    jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                }

                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = options.Issuer,
                    ValidateAudience = true,
                    ValidAudience = options.Audience,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = SuiteClaims.Subject,
                    RoleClaimType = SuiteClaims.Role,
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = string.IsNullOrWhiteSpace(options.Authority) && options.SigningKey is not null
                        ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey))
                        : null,
                };
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static SuiteAuthOptions ReadAuthOptions(IConfiguration configuration)
    {
        var options = new SuiteAuthOptions();
        configuration.GetSection(SuiteAuthOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>The public development key must never guard a real deployment.</summary>
    internal static void EnsureSafeForEnvironment(SuiteAuthOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.Authority) && string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException(
                "Authentication is not configured: set Auth:Authority (an OpenID Connect issuer) or Auth:SigningKey.");
        }

        if (options.SigningKey == SuiteAuthOptions.DevelopmentSigningKey && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The development signing key is public and is refused in the '{environment.EnvironmentName}' environment. " +
                "Configure Auth:Authority or a private Auth:SigningKey.");
        }

        if (options.SigningKey is { Length: < 32 })
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
        }
    }
}
