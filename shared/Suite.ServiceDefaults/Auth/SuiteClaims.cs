namespace Suite.ServiceDefaults.Auth;

/// <summary>The claim types the suite reads from a token.</summary>
public static class SuiteClaims
{
    public const string Subject = "sub";
    public const string Tenant = "tenant";
    public const string Role = "role";
    public const string Name = "name";
}
