namespace Suite.ServiceDefaults.Auth;

/// <summary>
/// How tokens are validated. Production names an <see cref="Authority"/> (an OpenID Connect issuer);
/// the embedded default and the tests sign their own tokens with <see cref="SigningKey"/>.
/// </summary>
public sealed class SuiteAuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// The key the embedded default signs demo tokens with. It is public (it is in this repository),
    /// so a process outside the Development environment refuses to start with it.
    /// </summary>
    public const string DevelopmentSigningKey = "suite-development-signing-key-not-for-production-use-0123456789";

    public string? Authority { get; set; }

    public string Issuer { get; set; } = "suite-dev";

    public string Audience { get; set; } = "suite";

    public string? SigningKey { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;
}
