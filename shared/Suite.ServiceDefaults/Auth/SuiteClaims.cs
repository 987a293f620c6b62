namespace Suite.ServiceDefaults.Auth;

/// <summary>The claim types the suite reads from a token.</summary>
public static class SuiteClaims
{
    public const string Subject = "sub";
    public const string Tenant = "tenant";
    public const string Role = "role";
    public const string Name = "name";

    /// <summary>
    /// The Scheduling agent id of a person who is an agent of the centre. Lets a service check that the
    /// agent acting (taking a quiz, acknowledging an evaluation) is the one the record belongs to.
    /// </summary>
    public const string Agent = "agent_id";
}
